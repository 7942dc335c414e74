"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.pauseTokenTraces = pauseTokenTraces;
/**
 * cdktf records a full stack trace for every token it creates (each attribute reference, each
 * nested block of a provider binding), to name where a token came from if it later fails to
 * resolve. For the kit's Terraform stacks that is about a quarter of the CPU of constructing a
 * permit and most of it is V8 formatting the trace into text. cdktf has no switch for it.
 *
 * `pauseTokenTraces()` turns the formatting off for as long as one of the kit's stack
 * constructors runs, and only then: it sets `Error.prepareStackTrace` to a formatter that
 * returns an empty text for a capture made by a cdktf token (its first call site is in cdktf's
 * token modules), which cdktf reads at once and records as "no trace", and formats every other
 * capture as before (annotations keep their traces in the manifest). `resume()` puts back what
 * was there, always (call it in a `finally`). Nothing else is changed: the synthesized files
 * are the same; tokens a user creates outside the kit's constructors keep their traces; an
 * error raised inside one is formatted when it is first read, after `resume()` (V8 formats a
 * stack lazily).
 * test/terraform/token-traces.test.ts checks each of these.
 *
 * Set `RWS_TOKEN_TRACES=1` to keep the traces (to debug a token the kit created that does not
 * resolve).
 *
 * Formatting aside, V8 still collects every frame for each capture (cdktf lifts the frame limit)
 * and hands them to the formatter as call-site objects: about a sixth of a permit's synthesis.
 * cdktf's tokens call `captureStackTrace` through its module's exports at each use, so the first
 * pause replaces that export with one that returns no trace at once while a pause is on, and
 * calls cdktf's own otherwise (the same result as the formatter gives, without the capture). Where
 * the module is not found (another layout of cdktf or its fork), the formatter alone does the work.
 */
const path = __importStar(require("path"));
const cdktf_1 = require("./cdktf");
/** The call site of a capture made by one of cdktf's (or cdktn's) tokens. */
const TOKEN_CAPTURE = /[\\/]cdkt[fn][\\/]lib[\\/](tokens[\\/]|complex-computed-list\.js)/;
/** Node's own text of a stack: the error's text, then one `at` line per call site. */
function nodeFormat(error, sites) {
    let head;
    try {
        head = Error.prototype.toString.call(error);
    }
    catch {
        head = '<error>';
    }
    return sites.length ? `${head}\n    at ${sites.join('\n    at ')}` : head;
}
/**
 * A formatter that returns an empty text for a capture made by a cdktf token, and formats any
 * other (an annotation's trace, an error) as before: with `previous` when there was one, else
 * as Node does.
 */
function withoutTokenTraces(previous) {
    return (error, sites) => {
        const file = sites.length ? sites[0].getFileName() : undefined;
        if (file && TOKEN_CAPTURE.test(file))
            return '';
        return previous ? previous(error, sites) : nodeFormat(error, sites);
    };
}
/** How many pauses are on (nested constructors pause again). */
let paused = 0;
let captureReplaced = false;
/**
 * Replaces the export of cdktf's private stack-trace module, once: no capture while a pause is
 * on, cdktf's own capture otherwise (without this function's frame in the trace).
 */
function replaceTokenCapture() {
    if (captureReplaced)
        return;
    captureReplaced = true;
    let mod;
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        mod = require(path.join(path.dirname(require.resolve(cdktf_1.CDKTF_PACKAGE)), 'tokens', 'private', 'stack-trace.js'));
    }
    catch {
        return;
    }
    const original = mod?.captureStackTrace;
    if (typeof original !== 'function')
        return;
    const capture = (below) => (paused > 0 ? [] : original(below ?? capture));
    mod.captureStackTrace = capture;
}
/** Turns off the formatting of stack traces until `resume()` (see the module's comment). */
function pauseTokenTraces() {
    if (process.env.RWS_TOKEN_TRACES === '1')
        return { resume: () => undefined };
    replaceTokenCapture();
    paused += 1;
    const errorCtor = Error;
    const had = Object.prototype.hasOwnProperty.call(errorCtor, 'prepareStackTrace');
    const previous = errorCtor.prepareStackTrace;
    errorCtor.prepareStackTrace = withoutTokenTraces(typeof previous === 'function' ? previous : undefined);
    let resumed = false;
    return {
        resume: () => {
            if (resumed)
                return;
            resumed = true;
            paused -= 1;
            if (had)
                errorCtor.prepareStackTrace = previous;
            else
                delete errorCtor.prepareStackTrace;
        },
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidG9rZW4tdHJhY2VzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL2NvbnN0cnVjdHMvdGVycmFmb3JtL3Rva2VuLXRyYWNlcy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQTBGQSw0Q0FrQkM7QUE1R0Q7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0dBMEJHO0FBQ0gsMkNBQTZCO0FBQzdCLG1DQUF3QztBQVV4Qyw2RUFBNkU7QUFDN0UsTUFBTSxhQUFhLEdBQUcsbUVBQW1FLENBQUM7QUFFMUYsc0ZBQXNGO0FBQ3RGLFNBQVMsVUFBVSxDQUFDLEtBQWMsRUFBRSxLQUF3QjtJQUMxRCxJQUFJLElBQVksQ0FBQztJQUNqQixJQUFJLENBQUM7UUFDSCxJQUFJLEdBQUcsS0FBSyxDQUFDLFNBQVMsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQzlDLENBQUM7SUFBQyxNQUFNLENBQUM7UUFDUCxJQUFJLEdBQUcsU0FBUyxDQUFDO0lBQ25CLENBQUM7SUFDRCxPQUFPLEtBQUssQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEdBQUcsSUFBSSxZQUFZLEtBQUssQ0FBQyxJQUFJLENBQUMsV0FBVyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDO0FBQzVFLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsU0FBUyxrQkFBa0IsQ0FBQyxRQUErQjtJQUN6RCxPQUFPLENBQUMsS0FBSyxFQUFFLEtBQUssRUFBRSxFQUFFO1FBQ3RCLE1BQU0sSUFBSSxHQUFHLEtBQUssQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO1FBQy9ELElBQUksSUFBSSxJQUFJLGFBQWEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDO1lBQUUsT0FBTyxFQUFFLENBQUM7UUFDaEQsT0FBTyxRQUFRLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxLQUFLLEVBQUUsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxLQUFLLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFDdEUsQ0FBQyxDQUFDO0FBQ0osQ0FBQztBQUVELGdFQUFnRTtBQUNoRSxJQUFJLE1BQU0sR0FBRyxDQUFDLENBQUM7QUFDZixJQUFJLGVBQWUsR0FBRyxLQUFLLENBQUM7QUFFNUI7OztHQUdHO0FBQ0gsU0FBUyxtQkFBbUI7SUFDMUIsSUFBSSxlQUFlO1FBQUUsT0FBTztJQUM1QixlQUFlLEdBQUcsSUFBSSxDQUFDO0lBQ3ZCLElBQUksR0FBZ0QsQ0FBQztJQUNyRCxJQUFJLENBQUM7UUFDSCxpRUFBaUU7UUFDakUsR0FBRyxHQUFHLE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsT0FBTyxDQUFDLE9BQU8sQ0FBQyxxQkFBYSxDQUFDLENBQUMsRUFBRSxRQUFRLEVBQUUsU0FBUyxFQUFFLGdCQUFnQixDQUFDLENBQUMsQ0FBQztJQUNoSCxDQUFDO0lBQUMsTUFBTSxDQUFDO1FBQ1AsT0FBTztJQUNULENBQUM7SUFDRCxNQUFNLFFBQVEsR0FBRyxHQUFHLEVBQUUsaUJBQWlCLENBQUM7SUFDeEMsSUFBSSxPQUFPLFFBQVEsS0FBSyxVQUFVO1FBQUUsT0FBTztJQUMzQyxNQUFNLE9BQU8sR0FBRyxDQUFDLEtBQWUsRUFBWSxFQUFFLENBQUMsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxLQUFLLElBQUksT0FBTyxDQUFDLENBQUMsQ0FBQztJQUM5RixHQUFJLENBQUMsaUJBQWlCLEdBQUcsT0FBTyxDQUFDO0FBQ25DLENBQUM7QUFFRCw0RkFBNEY7QUFDNUYsU0FBZ0IsZ0JBQWdCO0lBQzlCLElBQUksT0FBTyxDQUFDLEdBQUcsQ0FBQyxnQkFBZ0IsS0FBSyxHQUFHO1FBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxHQUFHLEVBQUUsQ0FBQyxTQUFTLEVBQUUsQ0FBQztJQUM3RSxtQkFBbUIsRUFBRSxDQUFDO0lBQ3RCLE1BQU0sSUFBSSxDQUFDLENBQUM7SUFDWixNQUFNLFNBQVMsR0FBRyxLQUFtRCxDQUFDO0lBQ3RFLE1BQU0sR0FBRyxHQUFHLE1BQU0sQ0FBQyxTQUFTLENBQUMsY0FBYyxDQUFDLElBQUksQ0FBQyxTQUFTLEVBQUUsbUJBQW1CLENBQUMsQ0FBQztJQUNqRixNQUFNLFFBQVEsR0FBRyxTQUFTLENBQUMsaUJBQWlCLENBQUM7SUFDN0MsU0FBUyxDQUFDLGlCQUFpQixHQUFHLGtCQUFrQixDQUFDLE9BQU8sUUFBUSxLQUFLLFVBQVUsQ0FBQyxDQUFDLENBQUMsUUFBcUIsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUM7SUFDckgsSUFBSSxPQUFPLEdBQUcsS0FBSyxDQUFDO0lBQ3BCLE9BQU87UUFDTCxNQUFNLEVBQUUsR0FBRyxFQUFFO1lBQ1gsSUFBSSxPQUFPO2dCQUFFLE9BQU87WUFDcEIsT0FBTyxHQUFHLElBQUksQ0FBQztZQUNmLE1BQU0sSUFBSSxDQUFDLENBQUM7WUFDWixJQUFJLEdBQUc7Z0JBQUUsU0FBUyxDQUFDLGlCQUFpQixHQUFHLFFBQVEsQ0FBQzs7Z0JBQzNDLE9BQU8sU0FBUyxDQUFDLGlCQUFpQixDQUFDO1FBQzFDLENBQUM7S0FDRixDQUFDO0FBQ0osQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogY2RrdGYgcmVjb3JkcyBhIGZ1bGwgc3RhY2sgdHJhY2UgZm9yIGV2ZXJ5IHRva2VuIGl0IGNyZWF0ZXMgKGVhY2ggYXR0cmlidXRlIHJlZmVyZW5jZSwgZWFjaFxuICogbmVzdGVkIGJsb2NrIG9mIGEgcHJvdmlkZXIgYmluZGluZyksIHRvIG5hbWUgd2hlcmUgYSB0b2tlbiBjYW1lIGZyb20gaWYgaXQgbGF0ZXIgZmFpbHMgdG9cbiAqIHJlc29sdmUuIEZvciB0aGUga2l0J3MgVGVycmFmb3JtIHN0YWNrcyB0aGF0IGlzIGFib3V0IGEgcXVhcnRlciBvZiB0aGUgQ1BVIG9mIGNvbnN0cnVjdGluZyBhXG4gKiBwZXJtaXQgYW5kIG1vc3Qgb2YgaXQgaXMgVjggZm9ybWF0dGluZyB0aGUgdHJhY2UgaW50byB0ZXh0LiBjZGt0ZiBoYXMgbm8gc3dpdGNoIGZvciBpdC5cbiAqXG4gKiBgcGF1c2VUb2tlblRyYWNlcygpYCB0dXJucyB0aGUgZm9ybWF0dGluZyBvZmYgZm9yIGFzIGxvbmcgYXMgb25lIG9mIHRoZSBraXQncyBzdGFja1xuICogY29uc3RydWN0b3JzIHJ1bnMsIGFuZCBvbmx5IHRoZW46IGl0IHNldHMgYEVycm9yLnByZXBhcmVTdGFja1RyYWNlYCB0byBhIGZvcm1hdHRlciB0aGF0XG4gKiByZXR1cm5zIGFuIGVtcHR5IHRleHQgZm9yIGEgY2FwdHVyZSBtYWRlIGJ5IGEgY2RrdGYgdG9rZW4gKGl0cyBmaXJzdCBjYWxsIHNpdGUgaXMgaW4gY2RrdGYnc1xuICogdG9rZW4gbW9kdWxlcyksIHdoaWNoIGNka3RmIHJlYWRzIGF0IG9uY2UgYW5kIHJlY29yZHMgYXMgXCJubyB0cmFjZVwiLCBhbmQgZm9ybWF0cyBldmVyeSBvdGhlclxuICogY2FwdHVyZSBhcyBiZWZvcmUgKGFubm90YXRpb25zIGtlZXAgdGhlaXIgdHJhY2VzIGluIHRoZSBtYW5pZmVzdCkuIGByZXN1bWUoKWAgcHV0cyBiYWNrIHdoYXRcbiAqIHdhcyB0aGVyZSwgYWx3YXlzIChjYWxsIGl0IGluIGEgYGZpbmFsbHlgKS4gTm90aGluZyBlbHNlIGlzIGNoYW5nZWQ6IHRoZSBzeW50aGVzaXplZCBmaWxlc1xuICogYXJlIHRoZSBzYW1lOyB0b2tlbnMgYSB1c2VyIGNyZWF0ZXMgb3V0c2lkZSB0aGUga2l0J3MgY29uc3RydWN0b3JzIGtlZXAgdGhlaXIgdHJhY2VzOyBhblxuICogZXJyb3IgcmFpc2VkIGluc2lkZSBvbmUgaXMgZm9ybWF0dGVkIHdoZW4gaXQgaXMgZmlyc3QgcmVhZCwgYWZ0ZXIgYHJlc3VtZSgpYCAoVjggZm9ybWF0cyBhXG4gKiBzdGFjayBsYXppbHkpLlxuICogdGVzdC90ZXJyYWZvcm0vdG9rZW4tdHJhY2VzLnRlc3QudHMgY2hlY2tzIGVhY2ggb2YgdGhlc2UuXG4gKlxuICogU2V0IGBSV1NfVE9LRU5fVFJBQ0VTPTFgIHRvIGtlZXAgdGhlIHRyYWNlcyAodG8gZGVidWcgYSB0b2tlbiB0aGUga2l0IGNyZWF0ZWQgdGhhdCBkb2VzIG5vdFxuICogcmVzb2x2ZSkuXG4gKlxuICogRm9ybWF0dGluZyBhc2lkZSwgVjggc3RpbGwgY29sbGVjdHMgZXZlcnkgZnJhbWUgZm9yIGVhY2ggY2FwdHVyZSAoY2RrdGYgbGlmdHMgdGhlIGZyYW1lIGxpbWl0KVxuICogYW5kIGhhbmRzIHRoZW0gdG8gdGhlIGZvcm1hdHRlciBhcyBjYWxsLXNpdGUgb2JqZWN0czogYWJvdXQgYSBzaXh0aCBvZiBhIHBlcm1pdCdzIHN5bnRoZXNpcy5cbiAqIGNka3RmJ3MgdG9rZW5zIGNhbGwgYGNhcHR1cmVTdGFja1RyYWNlYCB0aHJvdWdoIGl0cyBtb2R1bGUncyBleHBvcnRzIGF0IGVhY2ggdXNlLCBzbyB0aGUgZmlyc3RcbiAqIHBhdXNlIHJlcGxhY2VzIHRoYXQgZXhwb3J0IHdpdGggb25lIHRoYXQgcmV0dXJucyBubyB0cmFjZSBhdCBvbmNlIHdoaWxlIGEgcGF1c2UgaXMgb24sIGFuZFxuICogY2FsbHMgY2RrdGYncyBvd24gb3RoZXJ3aXNlICh0aGUgc2FtZSByZXN1bHQgYXMgdGhlIGZvcm1hdHRlciBnaXZlcywgd2l0aG91dCB0aGUgY2FwdHVyZSkuIFdoZXJlXG4gKiB0aGUgbW9kdWxlIGlzIG5vdCBmb3VuZCAoYW5vdGhlciBsYXlvdXQgb2YgY2RrdGYgb3IgaXRzIGZvcmspLCB0aGUgZm9ybWF0dGVyIGFsb25lIGRvZXMgdGhlIHdvcmsuXG4gKi9cbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgeyBDREtURl9QQUNLQUdFIH0gZnJvbSAnLi9jZGt0Zic7XG5cbi8qKiBUaGUgaGFuZGxlIGBwYXVzZVRva2VuVHJhY2VzKClgIHJldHVybnMuICovXG5leHBvcnQgaW50ZXJmYWNlIFBhdXNlZFRva2VuVHJhY2VzIHtcbiAgLyoqIFB1dHMgYmFjayB0aGUgc3RhY2sgZm9ybWF0dGVyIHRoYXQgd2FzIGluIHBsYWNlIGJlZm9yZSB0aGUgcGF1c2UuICovXG4gIHJlc3VtZSgpOiB2b2lkO1xufVxuXG50eXBlIEZvcm1hdHRlciA9IChlcnJvcjogdW5rbm93biwgc2l0ZXM6IE5vZGVKUy5DYWxsU2l0ZVtdKSA9PiB1bmtub3duO1xuXG4vKiogVGhlIGNhbGwgc2l0ZSBvZiBhIGNhcHR1cmUgbWFkZSBieSBvbmUgb2YgY2RrdGYncyAob3IgY2RrdG4ncykgdG9rZW5zLiAqL1xuY29uc3QgVE9LRU5fQ0FQVFVSRSA9IC9bXFxcXC9dY2RrdFtmbl1bXFxcXC9dbGliW1xcXFwvXSh0b2tlbnNbXFxcXC9dfGNvbXBsZXgtY29tcHV0ZWQtbGlzdFxcLmpzKS87XG5cbi8qKiBOb2RlJ3Mgb3duIHRleHQgb2YgYSBzdGFjazogdGhlIGVycm9yJ3MgdGV4dCwgdGhlbiBvbmUgYGF0YCBsaW5lIHBlciBjYWxsIHNpdGUuICovXG5mdW5jdGlvbiBub2RlRm9ybWF0KGVycm9yOiB1bmtub3duLCBzaXRlczogTm9kZUpTLkNhbGxTaXRlW10pOiBzdHJpbmcge1xuICBsZXQgaGVhZDogc3RyaW5nO1xuICB0cnkge1xuICAgIGhlYWQgPSBFcnJvci5wcm90b3R5cGUudG9TdHJpbmcuY2FsbChlcnJvcik7XG4gIH0gY2F0Y2gge1xuICAgIGhlYWQgPSAnPGVycm9yPic7XG4gIH1cbiAgcmV0dXJuIHNpdGVzLmxlbmd0aCA/IGAke2hlYWR9XFxuICAgIGF0ICR7c2l0ZXMuam9pbignXFxuICAgIGF0ICcpfWAgOiBoZWFkO1xufVxuXG4vKipcbiAqIEEgZm9ybWF0dGVyIHRoYXQgcmV0dXJucyBhbiBlbXB0eSB0ZXh0IGZvciBhIGNhcHR1cmUgbWFkZSBieSBhIGNka3RmIHRva2VuLCBhbmQgZm9ybWF0cyBhbnlcbiAqIG90aGVyIChhbiBhbm5vdGF0aW9uJ3MgdHJhY2UsIGFuIGVycm9yKSBhcyBiZWZvcmU6IHdpdGggYHByZXZpb3VzYCB3aGVuIHRoZXJlIHdhcyBvbmUsIGVsc2VcbiAqIGFzIE5vZGUgZG9lcy5cbiAqL1xuZnVuY3Rpb24gd2l0aG91dFRva2VuVHJhY2VzKHByZXZpb3VzOiBGb3JtYXR0ZXIgfCB1bmRlZmluZWQpOiBGb3JtYXR0ZXIge1xuICByZXR1cm4gKGVycm9yLCBzaXRlcykgPT4ge1xuICAgIGNvbnN0IGZpbGUgPSBzaXRlcy5sZW5ndGggPyBzaXRlc1swXS5nZXRGaWxlTmFtZSgpIDogdW5kZWZpbmVkO1xuICAgIGlmIChmaWxlICYmIFRPS0VOX0NBUFRVUkUudGVzdChmaWxlKSkgcmV0dXJuICcnO1xuICAgIHJldHVybiBwcmV2aW91cyA/IHByZXZpb3VzKGVycm9yLCBzaXRlcykgOiBub2RlRm9ybWF0KGVycm9yLCBzaXRlcyk7XG4gIH07XG59XG5cbi8qKiBIb3cgbWFueSBwYXVzZXMgYXJlIG9uIChuZXN0ZWQgY29uc3RydWN0b3JzIHBhdXNlIGFnYWluKS4gKi9cbmxldCBwYXVzZWQgPSAwO1xubGV0IGNhcHR1cmVSZXBsYWNlZCA9IGZhbHNlO1xuXG4vKipcbiAqIFJlcGxhY2VzIHRoZSBleHBvcnQgb2YgY2RrdGYncyBwcml2YXRlIHN0YWNrLXRyYWNlIG1vZHVsZSwgb25jZTogbm8gY2FwdHVyZSB3aGlsZSBhIHBhdXNlIGlzXG4gKiBvbiwgY2RrdGYncyBvd24gY2FwdHVyZSBvdGhlcndpc2UgKHdpdGhvdXQgdGhpcyBmdW5jdGlvbidzIGZyYW1lIGluIHRoZSB0cmFjZSkuXG4gKi9cbmZ1bmN0aW9uIHJlcGxhY2VUb2tlbkNhcHR1cmUoKTogdm9pZCB7XG4gIGlmIChjYXB0dXJlUmVwbGFjZWQpIHJldHVybjtcbiAgY2FwdHVyZVJlcGxhY2VkID0gdHJ1ZTtcbiAgbGV0IG1vZDogeyBjYXB0dXJlU3RhY2tUcmFjZT86IHVua25vd24gfSB8IHVuZGVmaW5lZDtcbiAgdHJ5IHtcbiAgICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgQHR5cGVzY3JpcHQtZXNsaW50L25vLXJlcXVpcmUtaW1wb3J0c1xuICAgIG1vZCA9IHJlcXVpcmUocGF0aC5qb2luKHBhdGguZGlybmFtZShyZXF1aXJlLnJlc29sdmUoQ0RLVEZfUEFDS0FHRSkpLCAndG9rZW5zJywgJ3ByaXZhdGUnLCAnc3RhY2stdHJhY2UuanMnKSk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybjtcbiAgfVxuICBjb25zdCBvcmlnaW5hbCA9IG1vZD8uY2FwdHVyZVN0YWNrVHJhY2U7XG4gIGlmICh0eXBlb2Ygb3JpZ2luYWwgIT09ICdmdW5jdGlvbicpIHJldHVybjtcbiAgY29uc3QgY2FwdHVyZSA9IChiZWxvdz86IHVua25vd24pOiBzdHJpbmdbXSA9PiAocGF1c2VkID4gMCA/IFtdIDogb3JpZ2luYWwoYmVsb3cgPz8gY2FwdHVyZSkpO1xuICBtb2QhLmNhcHR1cmVTdGFja1RyYWNlID0gY2FwdHVyZTtcbn1cblxuLyoqIFR1cm5zIG9mZiB0aGUgZm9ybWF0dGluZyBvZiBzdGFjayB0cmFjZXMgdW50aWwgYHJlc3VtZSgpYCAoc2VlIHRoZSBtb2R1bGUncyBjb21tZW50KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXVzZVRva2VuVHJhY2VzKCk6IFBhdXNlZFRva2VuVHJhY2VzIHtcbiAgaWYgKHByb2Nlc3MuZW52LlJXU19UT0tFTl9UUkFDRVMgPT09ICcxJykgcmV0dXJuIHsgcmVzdW1lOiAoKSA9PiB1bmRlZmluZWQgfTtcbiAgcmVwbGFjZVRva2VuQ2FwdHVyZSgpO1xuICBwYXVzZWQgKz0gMTtcbiAgY29uc3QgZXJyb3JDdG9yID0gRXJyb3IgYXMgdW5rbm93biBhcyB7IHByZXBhcmVTdGFja1RyYWNlPzogdW5rbm93biB9O1xuICBjb25zdCBoYWQgPSBPYmplY3QucHJvdG90eXBlLmhhc093blByb3BlcnR5LmNhbGwoZXJyb3JDdG9yLCAncHJlcGFyZVN0YWNrVHJhY2UnKTtcbiAgY29uc3QgcHJldmlvdXMgPSBlcnJvckN0b3IucHJlcGFyZVN0YWNrVHJhY2U7XG4gIGVycm9yQ3Rvci5wcmVwYXJlU3RhY2tUcmFjZSA9IHdpdGhvdXRUb2tlblRyYWNlcyh0eXBlb2YgcHJldmlvdXMgPT09ICdmdW5jdGlvbicgPyBwcmV2aW91cyBhcyBGb3JtYXR0ZXIgOiB1bmRlZmluZWQpO1xuICBsZXQgcmVzdW1lZCA9IGZhbHNlO1xuICByZXR1cm4ge1xuICAgIHJlc3VtZTogKCkgPT4ge1xuICAgICAgaWYgKHJlc3VtZWQpIHJldHVybjtcbiAgICAgIHJlc3VtZWQgPSB0cnVlO1xuICAgICAgcGF1c2VkIC09IDE7XG4gICAgICBpZiAoaGFkKSBlcnJvckN0b3IucHJlcGFyZVN0YWNrVHJhY2UgPSBwcmV2aW91cztcbiAgICAgIGVsc2UgZGVsZXRlIGVycm9yQ3Rvci5wcmVwYXJlU3RhY2tUcmFjZTtcbiAgICB9LFxuICB9O1xufVxuIl19