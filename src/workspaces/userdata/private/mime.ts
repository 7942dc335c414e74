import * as crypto from 'crypto';

/** A part of a multipart message. */
export interface MimePart {
  readonly name: string;
  readonly contentType: string;
  readonly content: string;
}

/**
 * Renders a MIME multipart/mixed message as cloud-init reads it. The boundary is derived from
 * the content (stable output) and never occurs in it.
 */
export function renderMultipart(parts: readonly MimePart[]): string {
  const all = parts.map((p) => p.content).join('\n');
  let boundary = '';
  for (let i = 0; !boundary || all.includes(boundary); i++) {
    boundary = `==RWS-${crypto.createHash('sha256').update(`${i}:${all}`).digest('hex').slice(0, 24)}==`;
  }
  const out: string[] = [
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    'MIME-Version: 1.0',
    '',
  ];
  for (const p of parts) {
    // eslint-disable-next-line no-control-regex
    const ascii = /^[\x00-\x7f]*$/.test(p.content);
    out.push(
      `--${boundary}`,
      `Content-Type: ${p.contentType}; charset="utf-8"`,
      'MIME-Version: 1.0',
      `Content-Transfer-Encoding: ${ascii ? '7bit' : '8bit'}`,
      `Content-Disposition: attachment; filename="${p.name}"`,
      '',
      p.content,
    );
  }
  out.push(`--${boundary}--`, '');
  return out.join('\n');
}
