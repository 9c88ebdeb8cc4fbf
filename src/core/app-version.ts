// Named import: the bundler keeps only the version, not the rest of package.json.
import { version } from '../../package.json';

/** This build's version, written into every backup so that a newer file can be recognised. */
export const APP_VERSION: string = version;
