/** A storage failure on a form that has not been lost: the form stays filled in below it. */
export function SaveError({ title, message }: { title: string; message: string | null }) {
  if (!message) return null;
  return (
    <div className="govuk-error-summary" role="alert">
      <h2 className="govuk-error-summary__title">{title}</h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body">{message}</p>
      </div>
    </div>
  );
}
