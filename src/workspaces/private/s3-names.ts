/**
 * S3 bucket names as AWS accepts them for new buckets (general purpose, 2024 rules): a value
 * that is not one (e.g. `bucket; rm -rf /`) is refused where it is read, never passed on.
 */

/** What is wrong with a bucket name, or undefined. */
export function s3BucketProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return 'a bucket name has 3 to 63 characters';
  if (!/^[a-z0-9.-]+$/.test(name)) return 'a bucket name has only lower-case letters, digits, "." and "-"';
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) return 'a bucket name starts and ends with a letter or digit';
  if (name.includes('..')) return 'a bucket name has no two adjacent dots';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return 'a bucket name is not an IP address';
  if (/^(xn--|sthree-|amzn-s3-demo-)/.test(name) || /(-s3alias|--ol-s3|\.mrap|--x-s3)$/.test(name)) return 'the name uses a prefix or suffix AWS reserves';
  return undefined;
}

/** What is wrong with an `s3://bucket/key` URL, or undefined. */
export function s3UrlProblem(url: string): string | undefined {
  const m = /^s3:\/\/([^/]*)(\/(.*))?$/.exec(url);
  if (!m) return 'not an s3://bucket/key URL';
  const bucket = s3BucketProblem(m[1]);
  if (bucket) return bucket;
  if (!m[3]) return 'the URL names no object (s3://bucket/key)';
  return s3KeyProblem(m[3]);
}

/** What is wrong with an object key, or undefined: control characters and quotes are refused. */
export function s3KeyProblem(key: string): string | undefined {
  if (key.length === 0 || key.length > 1024) return 'an object key has 1 to 1024 characters';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f'"`$\\;|&<>]/.test(key)) return 'the key has control characters or shell metacharacters';
  return undefined;
}
