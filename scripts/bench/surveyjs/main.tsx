/**
 * The SurveyJS reference for the PDF bench: the same questions, answered,
 * shown with survey-react-ui, and a button that loads survey-pdf on demand
 * and saves the form as a PDF, as Reflect loads its PDF code on demand.
 */
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.fontless.min.css';
import { SURVEY_DATA, SURVEY_JSON } from './form';

const survey = new Model(SURVEY_JSON);
survey.data = SURVEY_DATA;

async function downloadPdf() {
  const { SurveyPDF } = await import('survey-pdf');
  const surveyPdf = new SurveyPDF(SURVEY_JSON, { fontSize: 10, format: 'a4' });
  surveyPdf.data = SURVEY_DATA;
  await surveyPdf.save('self-evaluation.pdf');
}

createRoot(document.getElementById('root')!).render(
  <main>
    <button type="button" onClick={() => void downloadPdf()}>
      Download PDF
    </button>
    <Survey model={survey} />
  </main>,
);
