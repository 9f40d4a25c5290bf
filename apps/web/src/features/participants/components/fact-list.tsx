import './participants.css';
import type { ReactNode } from 'react';

/** A description list of label/value pairs, laid out as a grid. */
export function FactList({ facts }: { facts: ReadonlyArray<readonly [string, ReactNode]> }) {
  return (
    <dl className="fact-list">
      {facts.map(([label, value]) => (
        <div key={label} className="fact-list__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
