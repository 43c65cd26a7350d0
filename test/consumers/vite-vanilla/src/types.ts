// Type checks only (`npm run typecheck`): the tags are typed in the DOM, and a wrong value does not compile.
import {CohesionJoinEvent, type CohesionDocumentPicker} from '@cohesion-alliance/widgets';

const badge = document.createElement('cohesion-join-badge');
badge.variant = 'supporter';
// @ts-expect-error "bogus" is not a variant.
badge.variant = 'bogus';
badge.addEventListener('cohesion-join', (event) => {
  const join: CohesionJoinEvent = event;
  console.info(join.detail.href);
});

const picker: CohesionDocumentPicker | null = document.querySelector('cohesion-document-picker');
if (picker) picker.headingLevel = 4;
// @ts-expect-error 9 is not a heading level.
if (picker) picker.headingLevel = 9;
