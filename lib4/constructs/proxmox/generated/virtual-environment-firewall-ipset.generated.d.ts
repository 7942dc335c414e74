import { Construct } from 'constructs';
import * as cdktf from '../../terraform/cdktf';
export interface VirtualEnvironmentFirewallIpsetConfig extends cdktf.TerraformMetaArguments {
    /**
    * IPSet comment
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_ipset#comment VirtualEnvironmentFirewallIpset#comment}
    */
    readonly comment?: string;
    /**
    * The ID of the container to manage the firewall for.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_ipset#container_id VirtualEnvironmentFirewallIpset#container_id}
    */
    readonly containerId?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_ipset#id VirtualEnvironmentFirewallIpset#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * IPSet name
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_ipset#name VirtualEnvironmentFirewallIpset#name}
    */
    readonly name: string;
    /**
    * The name of the node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_ipset#node_name VirtualEnvironmentFirewallIpset#node_name}
    */
    readonly nodeName?: string;
    /**
    * The ID of the VM to manage the firewall for.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_ipset#vm_id VirtualEnvironmentFirewallIpset#vm_id}
    */
    readonly vmId?: number;
    /**
    * cidr block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_ipset#cidr VirtualEnvironmentFirewallIpset#cidr}
    */
    readonly cidr?: VirtualEnvironmentFirewallIpsetCidr[] | cdktf.IResolvable;
}
export interface VirtualEnvironmentFirewallIpsetCidr {
    /**
    * IP/CIDR comment
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_ipset#comment VirtualEnvironmentFirewallIpset#comment}
    */
    readonly comment?: string;
    /**
    * Network/IP specification in CIDR format
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_ipset#name VirtualEnvironmentFirewallIpset#name}
    */
    readonly name: string;
    /**
    * No match this IP/CIDR
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_ipset#nomatch VirtualEnvironmentFirewallIpset#nomatch}
    */
    readonly nomatch?: boolean | cdktf.IResolvable;
}
export declare function virtualEnvironmentFirewallIpsetCidrToTerraform(struct?: VirtualEnvironmentFirewallIpsetCidr | cdktf.IResolvable): any;
export declare function virtualEnvironmentFirewallIpsetCidrToHclTerraform(struct?: VirtualEnvironmentFirewallIpsetCidr | cdktf.IResolvable): any;
export declare class VirtualEnvironmentFirewallIpsetCidrOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentFirewallIpsetCidr | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentFirewallIpsetCidr | cdktf.IResolvable | undefined);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _nomatch?;
    get nomatch(): boolean | cdktf.IResolvable;
    set nomatch(value: boolean | cdktf.IResolvable);
    resetNomatch(): void;
    get nomatchInput(): boolean | cdktf.IResolvable | undefined;
}
export declare class VirtualEnvironmentFirewallIpsetCidrList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentFirewallIpsetCidr[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentFirewallIpsetCidrOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_ipset proxmox_virtual_environment_firewall_ipset}
*/
export declare class VirtualEnvironmentFirewallIpset extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_firewall_ipset";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentFirewallIpset resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentFirewallIpset to import
    * @param importFromId The id of the existing VirtualEnvironmentFirewallIpset that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_ipset#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentFirewallIpset to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_ipset proxmox_virtual_environment_firewall_ipset} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentFirewallIpsetConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentFirewallIpsetConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    private _containerId?;
    get containerId(): number;
    set containerId(value: number);
    resetContainerId(): void;
    get containerIdInput(): number | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    resetNodeName(): void;
    get nodeNameInput(): string | undefined;
    private _vmId?;
    get vmId(): number;
    set vmId(value: number);
    resetVmId(): void;
    get vmIdInput(): number | undefined;
    private _cidr;
    get cidr(): VirtualEnvironmentFirewallIpsetCidrList;
    putCidr(value: VirtualEnvironmentFirewallIpsetCidr[] | cdktf.IResolvable): void;
    resetCidr(): void;
    get cidrInput(): cdktf.IResolvable | VirtualEnvironmentFirewallIpsetCidr[] | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
