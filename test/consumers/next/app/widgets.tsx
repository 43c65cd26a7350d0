'use client';

import '@cohesion-alliance/widgets';
import type {} from '@cohesion-alliance/widgets/react';
import {useEffect, useRef, useState} from 'react';

export function Widgets() {
  const [joined, setJoined] = useState(0);
  // React 19 does not attach `on<event>` props of a custom element when it hydrates server-rendered HTML (only
  // after a later render), so a server-rendered page listens through a ref.
  const badge = useRef<HTMLElementTagNameMap['cohesion-join-badge']>(null);
  useEffect(() => {
    const element = badge.current;
    const onJoin = (event: Event) => {
      event.preventDefault();
      setJoined((count) => count + 1);
    };
    element?.addEventListener('cohesion-join', onJoin);
    return () => element?.removeEventListener('cohesion-join', onJoin);
  }, []);
  return (
    <>
      <cohesion-join-badge ref={badge} />
      <output id="joined">{joined}</output>
      <cohesion-supporter-counter no-animation />
      <cohesion-declaration-summary heading-level="2" />
      <cohesion-document-picker documents="debate-2022" heading-level="2" />
    </>
  );
}

/** Type checks only: a wrong value does not compile. */
export function WrongValues() {
  return (
    <>
      {/* @ts-expect-error "bogus" is not a variant. */}
      <cohesion-join-badge variant="bogus" />
      {/* @ts-expect-error 9 is not a heading level. */}
      <cohesion-document-picker heading-level="9" />
    </>
  );
}
