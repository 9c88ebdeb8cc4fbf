/** React bindings for the kiosk's answer sets. Live: they update as each person's answers land, in this tab or another. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { VoiceAnswerSet } from '../core/team';
import { listVoiceAnswers } from '../operations/voice';

/** The audit's answer sets, every questionnaire's; `undefined` while loading. */
export function useVoiceAnswers(auditId: string): VoiceAnswerSet[] | undefined {
  return useLiveQuery(() => listVoiceAnswers(auditId), [auditId]);
}
