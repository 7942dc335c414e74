"use strict";
/**
 * S3 bucket names as AWS accepts them for new buckets (general purpose, 2024 rules): a value
 * that is not one (e.g. `bucket; rm -rf /`) is refused where it is read, never passed on.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.s3BucketProblem = s3BucketProblem;
exports.s3UrlProblem = s3UrlProblem;
exports.s3KeyProblem = s3KeyProblem;
/** What is wrong with a bucket name, or undefined. */
function s3BucketProblem(name) {
    if (name.length < 3 || name.length > 63)
        return 'a bucket name has 3 to 63 characters';
    if (!/^[a-z0-9.-]+$/.test(name))
        return 'a bucket name has only lower-case letters, digits, "." and "-"';
    if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name))
        return 'a bucket name starts and ends with a letter or digit';
    if (name.includes('..'))
        return 'a bucket name has no two adjacent dots';
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name))
        return 'a bucket name is not an IP address';
    if (/^(xn--|sthree-|amzn-s3-demo-)/.test(name) || /(-s3alias|--ol-s3|\.mrap|--x-s3)$/.test(name))
        return 'the name uses a prefix or suffix AWS reserves';
    return undefined;
}
/** What is wrong with an `s3://bucket/key` URL, or undefined. */
function s3UrlProblem(url) {
    const m = /^s3:\/\/([^/]*)(\/(.*))?$/.exec(url);
    if (!m)
        return 'not an s3://bucket/key URL';
    const bucket = s3BucketProblem(m[1]);
    if (bucket)
        return bucket;
    if (!m[3])
        return 'the URL names no object (s3://bucket/key)';
    return s3KeyProblem(m[3]);
}
/** What is wrong with an object key, or undefined: control characters and quotes are refused. */
function s3KeyProblem(key) {
    if (key.length === 0 || key.length > 1024)
        return 'an object key has 1 to 1024 characters';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f'"`$\\;|&<>]/.test(key))
        return 'the key has control characters or shell metacharacters';
    return undefined;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiczMtbmFtZXMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvd29ya3NwYWNlcy9wcml2YXRlL3MzLW5hbWVzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7QUFBQTs7O0dBR0c7O0FBR0gsMENBUUM7QUFHRCxvQ0FPQztBQUdELG9DQUtDO0FBM0JELHNEQUFzRDtBQUN0RCxTQUFnQixlQUFlLENBQUMsSUFBWTtJQUMxQyxJQUFJLElBQUksQ0FBQyxNQUFNLEdBQUcsQ0FBQyxJQUFJLElBQUksQ0FBQyxNQUFNLEdBQUcsRUFBRTtRQUFFLE9BQU8sc0NBQXNDLENBQUM7SUFDdkYsSUFBSSxDQUFDLGVBQWUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDO1FBQUUsT0FBTyxnRUFBZ0UsQ0FBQztJQUN6RyxJQUFJLENBQUMsV0FBVyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDO1FBQUUsT0FBTyxzREFBc0QsQ0FBQztJQUN0SCxJQUFJLElBQUksQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDO1FBQUUsT0FBTyx3Q0FBd0MsQ0FBQztJQUN6RSxJQUFJLHlCQUF5QixDQUFDLElBQUksQ0FBQyxJQUFJLENBQUM7UUFBRSxPQUFPLG9DQUFvQyxDQUFDO0lBQ3RGLElBQUksK0JBQStCLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLG1DQUFtQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUM7UUFBRSxPQUFPLCtDQUErQyxDQUFDO0lBQ3pKLE9BQU8sU0FBUyxDQUFDO0FBQ25CLENBQUM7QUFFRCxpRUFBaUU7QUFDakUsU0FBZ0IsWUFBWSxDQUFDLEdBQVc7SUFDdEMsTUFBTSxDQUFDLEdBQUcsMkJBQTJCLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ2hELElBQUksQ0FBQyxDQUFDO1FBQUUsT0FBTyw0QkFBNEIsQ0FBQztJQUM1QyxNQUFNLE1BQU0sR0FBRyxlQUFlLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDckMsSUFBSSxNQUFNO1FBQUUsT0FBTyxNQUFNLENBQUM7SUFDMUIsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFBRSxPQUFPLDJDQUEyQyxDQUFDO0lBQzlELE9BQU8sWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQzVCLENBQUM7QUFFRCxpR0FBaUc7QUFDakcsU0FBZ0IsWUFBWSxDQUFDLEdBQVc7SUFDdEMsSUFBSSxHQUFHLENBQUMsTUFBTSxLQUFLLENBQUMsSUFBSSxHQUFHLENBQUMsTUFBTSxHQUFHLElBQUk7UUFBRSxPQUFPLHdDQUF3QyxDQUFDO0lBQzNGLDRDQUE0QztJQUM1QyxJQUFJLGtDQUFrQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUM7UUFBRSxPQUFPLHdEQUF3RCxDQUFDO0lBQ2xILE9BQU8sU0FBUyxDQUFDO0FBQ25CLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFMzIGJ1Y2tldCBuYW1lcyBhcyBBV1MgYWNjZXB0cyB0aGVtIGZvciBuZXcgYnVja2V0cyAoZ2VuZXJhbCBwdXJwb3NlLCAyMDI0IHJ1bGVzKTogYSB2YWx1ZVxuICogdGhhdCBpcyBub3Qgb25lIChlLmcuIGBidWNrZXQ7IHJtIC1yZiAvYCkgaXMgcmVmdXNlZCB3aGVyZSBpdCBpcyByZWFkLCBuZXZlciBwYXNzZWQgb24uXG4gKi9cblxuLyoqIFdoYXQgaXMgd3Jvbmcgd2l0aCBhIGJ1Y2tldCBuYW1lLCBvciB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gczNCdWNrZXRQcm9ibGVtKG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmIChuYW1lLmxlbmd0aCA8IDMgfHwgbmFtZS5sZW5ndGggPiA2MykgcmV0dXJuICdhIGJ1Y2tldCBuYW1lIGhhcyAzIHRvIDYzIGNoYXJhY3RlcnMnO1xuICBpZiAoIS9eW2EtejAtOS4tXSskLy50ZXN0KG5hbWUpKSByZXR1cm4gJ2EgYnVja2V0IG5hbWUgaGFzIG9ubHkgbG93ZXItY2FzZSBsZXR0ZXJzLCBkaWdpdHMsIFwiLlwiIGFuZCBcIi1cIic7XG4gIGlmICghL15bYS16MC05XS8udGVzdChuYW1lKSB8fCAhL1thLXowLTldJC8udGVzdChuYW1lKSkgcmV0dXJuICdhIGJ1Y2tldCBuYW1lIHN0YXJ0cyBhbmQgZW5kcyB3aXRoIGEgbGV0dGVyIG9yIGRpZ2l0JztcbiAgaWYgKG5hbWUuaW5jbHVkZXMoJy4uJykpIHJldHVybiAnYSBidWNrZXQgbmFtZSBoYXMgbm8gdHdvIGFkamFjZW50IGRvdHMnO1xuICBpZiAoL15cXGR7MSwzfShcXC5cXGR7MSwzfSl7M30kLy50ZXN0KG5hbWUpKSByZXR1cm4gJ2EgYnVja2V0IG5hbWUgaXMgbm90IGFuIElQIGFkZHJlc3MnO1xuICBpZiAoL14oeG4tLXxzdGhyZWUtfGFtem4tczMtZGVtby0pLy50ZXN0KG5hbWUpIHx8IC8oLXMzYWxpYXN8LS1vbC1zM3xcXC5tcmFwfC0teC1zMykkLy50ZXN0KG5hbWUpKSByZXR1cm4gJ3RoZSBuYW1lIHVzZXMgYSBwcmVmaXggb3Igc3VmZml4IEFXUyByZXNlcnZlcyc7XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKiBXaGF0IGlzIHdyb25nIHdpdGggYW4gYHMzOi8vYnVja2V0L2tleWAgVVJMLCBvciB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gczNVcmxQcm9ibGVtKHVybDogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbSA9IC9eczM6XFwvXFwvKFteL10qKShcXC8oLiopKT8kLy5leGVjKHVybCk7XG4gIGlmICghbSkgcmV0dXJuICdub3QgYW4gczM6Ly9idWNrZXQva2V5IFVSTCc7XG4gIGNvbnN0IGJ1Y2tldCA9IHMzQnVja2V0UHJvYmxlbShtWzFdKTtcbiAgaWYgKGJ1Y2tldCkgcmV0dXJuIGJ1Y2tldDtcbiAgaWYgKCFtWzNdKSByZXR1cm4gJ3RoZSBVUkwgbmFtZXMgbm8gb2JqZWN0IChzMzovL2J1Y2tldC9rZXkpJztcbiAgcmV0dXJuIHMzS2V5UHJvYmxlbShtWzNdKTtcbn1cblxuLyoqIFdoYXQgaXMgd3Jvbmcgd2l0aCBhbiBvYmplY3Qga2V5LCBvciB1bmRlZmluZWQ6IGNvbnRyb2wgY2hhcmFjdGVycyBhbmQgcXVvdGVzIGFyZSByZWZ1c2VkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHMzS2V5UHJvYmxlbShrZXk6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmIChrZXkubGVuZ3RoID09PSAwIHx8IGtleS5sZW5ndGggPiAxMDI0KSByZXR1cm4gJ2FuIG9iamVjdCBrZXkgaGFzIDEgdG8gMTAyNCBjaGFyYWN0ZXJzJztcbiAgLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIG5vLWNvbnRyb2wtcmVnZXhcbiAgaWYgKC9bXFx1MDAwMC1cXHUwMDFmXFx1MDA3ZidcImAkXFxcXDt8Jjw+XS8udGVzdChrZXkpKSByZXR1cm4gJ3RoZSBrZXkgaGFzIGNvbnRyb2wgY2hhcmFjdGVycyBvciBzaGVsbCBtZXRhY2hhcmFjdGVycyc7XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG4iXX0=