import {Widgets} from './widgets';

// A server component, prerendered by `next build`, with the widgets in a client component.
export default function Page() {
  return (
    <main>
      <h1>Unsere Region</h1>
      <Widgets />
    </main>
  );
}
