import { useRef } from 'react';
import { notesForRoom } from '../../core/agreement-text';
import { groupTitle, type TeamNote } from '../../core/team-ratings';
import type { RespondentGroup, TeamMode } from '../../core/team';
import { useMoreBelow } from './use-more-below';

interface TeamNotesProps {
  notes: readonly TeamNote[];
  mode: TeamMode;
  groups: readonly RespondentGroup[];
}

/**
 * What the team wrote as evidence for the statement: without names unless
 * the team chose open mode, and then with each person's name and group. The
 * list scrolls in its own box when it is longer than the slide has room for,
 * so it can be focused and scrolled from the keyboard, and says when there is more.
 */
export function TeamNotes({ notes, mode, groups }: TeamNotesProps) {
  const shown = notesForRoom(notes, mode);
  const box = useRef<HTMLElement>(null);
  const isMoreBelow = useMoreBelow(box, notes);
  return (
    <>
      <section className="app-agree__notes" aria-labelledby="notes-title" tabIndex={0} ref={box}>
        <h2 className="app-meeting__subtitle" id="notes-title">
          Evidence notes{shown.length > 0 && ` (${shown.length})`}
          {mode === 'anonymous' && shown.length > 0 && <span className="app-agree__aside"> Shown without names.</span>}
        </h2>
        {shown.length === 0 ? (
          <p className="app-meeting__empty">Nobody wrote an evidence note for this statement.</p>
        ) : (
          <ul className="app-agree__note-list">
            {shown.map((note, index) => (
              <li key={index}>
                {note.note.trim()}
                {note.name !== null && (
                  <span className="app-agree__by">
                    {' '}
                    — {note.name}, {groupTitle(groups, note.groupId)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {isMoreBelow && <p className="app-agree__more">More notes below: scroll the box.</p>}
    </>
  );
}
