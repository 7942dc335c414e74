"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.clean = clean;
/** Drops undefined properties so structs compare and print cleanly. */
function clean(o) {
    // A new object rather than `delete`: deleting turns an object into a dictionary (several
    // times larger and slower), which 100,000 users of a registry pay for in memory.
    const src = o;
    let undef = false;
    for (const k in src) {
        if (src[k] === undefined) {
            undef = true;
            break;
        }
    }
    if (!undef)
        return o;
    const out = {};
    for (const k of Object.keys(src)) {
        if (src[k] !== undefined)
            out[k] = src[k];
    }
    return out;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiY2xlYW4uanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvd29ya3NwYWNlcy9wcml2YXRlL2NsZWFuLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7O0FBQ0Esc0JBaUJDO0FBbEJELHVFQUF1RTtBQUN2RSxTQUFnQixLQUFLLENBQW1CLENBQUk7SUFDMUMseUZBQXlGO0lBQ3pGLGlGQUFpRjtJQUNqRixNQUFNLEdBQUcsR0FBRyxDQUE0QixDQUFDO0lBQ3pDLElBQUksS0FBSyxHQUFHLEtBQUssQ0FBQztJQUNsQixLQUFLLE1BQU0sQ0FBQyxJQUFJLEdBQUcsRUFBRSxDQUFDO1FBQ3BCLElBQUksR0FBRyxDQUFDLENBQUMsQ0FBQyxLQUFLLFNBQVMsRUFBRSxDQUFDO1lBQ3pCLEtBQUssR0FBRyxJQUFJLENBQUM7WUFDYixNQUFNO1FBQ1IsQ0FBQztJQUNILENBQUM7SUFDRCxJQUFJLENBQUMsS0FBSztRQUFFLE9BQU8sQ0FBQyxDQUFDO0lBQ3JCLE1BQU0sR0FBRyxHQUE0QixFQUFFLENBQUM7SUFDeEMsS0FBSyxNQUFNLENBQUMsSUFBSSxNQUFNLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUM7UUFDakMsSUFBSSxHQUFHLENBQUMsQ0FBQyxDQUFDLEtBQUssU0FBUztZQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsR0FBRyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDNUMsQ0FBQztJQUNELE9BQU8sR0FBUSxDQUFDO0FBQ2xCLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKiogRHJvcHMgdW5kZWZpbmVkIHByb3BlcnRpZXMgc28gc3RydWN0cyBjb21wYXJlIGFuZCBwcmludCBjbGVhbmx5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNsZWFuPFQgZXh0ZW5kcyBvYmplY3Q+KG86IFQpOiBUIHtcbiAgLy8gQSBuZXcgb2JqZWN0IHJhdGhlciB0aGFuIGBkZWxldGVgOiBkZWxldGluZyB0dXJucyBhbiBvYmplY3QgaW50byBhIGRpY3Rpb25hcnkgKHNldmVyYWxcbiAgLy8gdGltZXMgbGFyZ2VyIGFuZCBzbG93ZXIpLCB3aGljaCAxMDAsMDAwIHVzZXJzIG9mIGEgcmVnaXN0cnkgcGF5IGZvciBpbiBtZW1vcnkuXG4gIGNvbnN0IHNyYyA9IG8gYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gIGxldCB1bmRlZiA9IGZhbHNlO1xuICBmb3IgKGNvbnN0IGsgaW4gc3JjKSB7XG4gICAgaWYgKHNyY1trXSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICB1bmRlZiA9IHRydWU7XG4gICAgICBicmVhaztcbiAgICB9XG4gIH1cbiAgaWYgKCF1bmRlZikgcmV0dXJuIG87XG4gIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fTtcbiAgZm9yIChjb25zdCBrIG9mIE9iamVjdC5rZXlzKHNyYykpIHtcbiAgICBpZiAoc3JjW2tdICE9PSB1bmRlZmluZWQpIG91dFtrXSA9IHNyY1trXTtcbiAgfVxuICByZXR1cm4gb3V0IGFzIFQ7XG59XG4iXX0=