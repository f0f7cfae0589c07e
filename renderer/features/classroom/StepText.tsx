import { Fragment, useMemo } from 'react';
import { parseMarkdownLite, type Span } from './markdown-lite';

function Spans({ spans }: { spans: Span[] }) {
  return (
    <>
      {spans.map((span, i) =>
        span.bold ? <strong key={i}>{span.text}</strong> : <Fragment key={i}>{span.text}</Fragment>,
      )}
    </>
  );
}

/** A lesson step's Markdown-lite text as paragraphs and lists (elements only, never parsed HTML). */
export function StepText({ text, testId }: { text: string; testId?: string }) {
  const blocks = useMemo(() => parseMarkdownLite(text), [text]);
  return (
    <div className="step-text" data-testid={testId}>
      {blocks.map((block, i) => {
        if (block.type === 'paragraph') {
          return (
            <p key={i}>
              <Spans spans={block.spans} />
            </p>
          );
        }
        const List = block.ordered ? 'ol' : 'ul';
        return (
          <List key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Spans spans={item} />
              </li>
            ))}
          </List>
        );
      })}
    </div>
  );
}
