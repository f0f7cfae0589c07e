import type { ReactNode } from 'react';

/** Props of a panel section. */
export interface SectionProps {
  title: string;
  testId: string;
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled block of a side panel. */
export function Section({ title, testId, actions, children }: SectionProps) {
  return (
    <section className="section" data-testid={testId}>
      <header className="section__header">
        <h2>{title}</h2>
        {actions}
      </header>
      <div className="section__body">{children}</div>
    </section>
  );
}
