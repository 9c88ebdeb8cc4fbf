/** Fetches into the browser's cache the Chinese font slices some text needs, so a later export works offline. */
import { beyondNotoSans, codePointsOf, needed } from './load-fonts';
import { NOTO_SANS_SC_FACES } from './noto-sans-sc';

export async function warmUpFonts(text: string): Promise<void> {
  const faces = needed(NOTO_SANS_SC_FACES, new Set(beyondNotoSans(codePointsOf(text))));
  // Failures are fine here: the export reports any character it still cannot show.
  await Promise.allSettled(faces.map((face) => face.load()));
}
