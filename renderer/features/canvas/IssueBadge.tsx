/** Props of a node's issue badge. */
export interface IssueBadgeProps {
  nodeId: string;
  severity: 'error' | 'warning';
  messages: string[];
}

/** The badge on an invalid node: red for errors, amber for warnings; hovering shows every message. */
export function IssueBadge({ nodeId, severity, messages }: IssueBadgeProps) {
  const text = messages.join('\n');
  return (
    <div
      className={`issue-badge issue-badge--${severity}`}
      data-testid={`node-badge-${nodeId}`}
      title={text}
      aria-label={text}
      role="img"
    >
      !
      <div className="issue-badge__tip" role="tooltip">
        {messages.map((m) => (
          <p key={m}>{m}</p>
        ))}
      </div>
    </div>
  );
}
