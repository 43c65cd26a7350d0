import type {} from '@cohesion-alliance/widgets/react';
import {useState} from 'react';

export function App() {
  const [joined, setJoined] = useState(0);
  return (
    <main>
      <h1>Unsere Region</h1>
      <cohesion-join-badge
        oncohesion-join={(event) => {
          event.preventDefault();
          setJoined((count) => count + 1);
        }}
      />
      <output id="joined">{joined}</output>
      <cohesion-supporter-counter noAnimation />
      <cohesion-declaration-summary headingLevel={2} />
      <cohesion-document-picker documents="debate-2022" heading-level="2" />
    </main>
  );
}

/** Type checks only: a wrong value does not compile. */
export function WrongValues() {
  return (
    <>
      {/* @ts-expect-error "bogus" is not a variant. */}
      <cohesion-join-badge variant="bogus" />
      {/* @ts-expect-error 9 is not a heading level. */}
      <cohesion-document-picker headingLevel={9} />
    </>
  );
}
