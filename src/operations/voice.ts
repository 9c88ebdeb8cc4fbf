/** Named operations behind the kiosk and the families' and pupils' view on the results page. */
import type { VoiceAnswerSet } from '../core/team';
import type { VoiceAnswers } from '../core/voice-answers';
import { getStore } from '../storage/store';
import { VoiceStore } from '../storage/voice-store';

let voiceStore: VoiceStore | undefined;

function getVoiceStore(): VoiceStore {
  voiceStore ??= new VoiceStore(getStore().db);
  return voiceStore;
}

/** Keeps one person's answers; a RefusedError or StorageError says why not, and nothing is kept. */
export function addVoiceAnswers(auditId: string, questionnaireId: string, answers: VoiceAnswers): Promise<VoiceAnswerSet> {
  return getVoiceStore().addAnswerSet(auditId, questionnaireId, answers);
}

export function listVoiceAnswers(auditId: string): Promise<VoiceAnswerSet[]> {
  return getVoiceStore().listAnswerSets(auditId);
}
