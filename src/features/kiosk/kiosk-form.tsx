import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import type { Questionnaire } from '../../core/toolkit-schema';
import { addVoiceAnswers } from '../../operations/voice';
import { KioskStatement, statementFieldId } from './kiosk-statement';

type Problem = { kind: 'nothing-chosen' } | { kind: 'not-saved'; message: string };

interface KioskFormProps {
  auditId: string;
  questionnaire: Questionnaire;
  /** New for each person; the page also keys this form by it, so each person starts from an empty one. */
  formKey: number;
  /** The first answer chosen: the previous person's thank-you can go. */
  onStart: () => void;
  /** Saved: the page clears the screen for the next person. */
  onSent: () => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong while saving. Try again in a moment.';
}

/**
 * One person's answers. They live only in this form's state until they are
 * sent; nothing is written as they are chosen, so a person who walks away
 * leaves nothing half-kept. If saving fails the answers stay on screen.
 */
export function KioskForm({ auditId, questionnaire, formKey, onStart, onSent }: KioskFormProps) {
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isSending, setIsSending] = useState(false);

  const choose = (statementId: string, answer: number) => {
    if (Object.keys(answers).length === 0) onStart();
    setAnswers((given) => ({ ...given, [statementId]: answer }));
    if (problem?.kind === 'nothing-chosen') setProblem(null);
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (isSending) return;
    if (Object.keys(answers).length === 0) {
      setProblem({ kind: 'nothing-chosen' });
      return;
    }
    setIsSending(true);
    try {
      await addVoiceAnswers(auditId, questionnaire.id, answers);
      onSent();
    } catch (error) {
      setProblem({ kind: 'not-saved', message: messageOf(error) });
      setIsSending(false);
    }
  };

  const firstField = statementFieldId(formKey, questionnaire.statements[0]!.id);
  return (
    // autoComplete off, and field names new for each person: the browser has nothing of an earlier form to restore.
    <form className="app-kiosk__form" autoComplete="off" noValidate onSubmit={(event) => void send(event)} aria-label={questionnaire.title}>
      <ErrorSummary
        key={problem?.kind}
        title={problem?.kind === 'not-saved' ? 'Your answers have not been saved' : undefined}
        errors={problem?.kind === 'nothing-chosen' ? [{ href: firstField, message: 'Choose an answer for at least one statement' }] : []}
        description={
          problem?.kind === 'not-saved' && (
            <>
              {problem.message} Your answers are still on screen: try “Send my answers” again, or ask a member of staff.
            </>
          )
        }
      />
      <ol className="app-kiosk__statements">
        {questionnaire.statements.map((statement, index) => (
          <KioskStatement
            key={statement.id}
            statement={statement}
            number={index + 1}
            formKey={formKey}
            chosen={answers[statement.id]}
            onChoose={(answer) => choose(statement.id, answer)}
          />
        ))}
      </ol>
      <button type="submit" className="govuk-button app-kiosk__send">
        {isSending ? 'Sending…' : 'Send my answers'}
      </button>
    </form>
  );
}
