/**
 * The workspace size field of the YAML inputs (lab files, permit configs). Here, not beside the
 * Proxmox lab file that uses it most, so that `rws permit synth --backend aws` reads a size
 * without loading the Proxmox constructs and cdktf.
 */
import { FieldReader } from './fields';
import { YamlPath } from './yaml-source';
import { Sizes, WorkspaceSize } from '../sizes';

/** A workspace size (`M`, `GPU-S`, ...). */
export function sizeAt(r: FieldReader, obj: any, key: string, p: YamlPath): WorkspaceSize | undefined {
  const text = r.str(obj, key, p);
  if (text === undefined) return undefined;
  try {
    return Sizes.parse(text);
  } catch {
    r.error([...p, key], 'unknown-size', 'unknown workspace size', text, `use one of ${Sizes.all().join(', ')}`);
    return undefined;
  }
}
