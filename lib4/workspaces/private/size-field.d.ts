/**
 * The workspace size field of the YAML inputs (lab files, permit configs). Here, not beside the
 * Proxmox lab file that uses it most, so that `rws permit synth --backend aws` reads a size
 * without loading the Proxmox constructs and cdktf.
 */
import { FieldReader } from './fields';
import { YamlPath } from './yaml-source';
import { WorkspaceSize } from '../sizes';
/** A workspace size (`M`, `GPU-S`, ...). */
export declare function sizeAt(r: FieldReader, obj: any, key: string, p: YamlPath): WorkspaceSize | undefined;
