import {Component, CUSTOM_ELEMENTS_SCHEMA, signal} from '@angular/core';

// The widgets' tags are custom elements, which CUSTOM_ELEMENTS_SCHEMA lets the template use.
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Unsere Region</h1>
      <cohesion-join-badge (cohesion-join)="onJoin($event)"></cohesion-join-badge>
      <output id="joined">{{ joined() }}</output>
      <cohesion-supporter-counter no-animation></cohesion-supporter-counter>
      <cohesion-declaration-summary heading-level="2"></cohesion-declaration-summary>
      <cohesion-document-picker documents="debate-2022" heading-level="2"></cohesion-document-picker>
    </main>
  `,
})
export class App {
  protected readonly joined = signal(0);

  protected onJoin(event: Event): void {
    event.preventDefault();
    this.joined.update((count) => count + 1);
  }
}
