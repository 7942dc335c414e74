import { Construct } from 'constructs';
import * as cdktf from '../../terraform/cdktf';
export interface VirtualEnvironmentFirewallAliasConfig extends cdktf.TerraformMetaArguments {
    /**
    * IP/CIDR block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_alias#cidr VirtualEnvironmentFirewallAlias#cidr}
    */
    readonly cidr: string;
    /**
    * Alias comment
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_alias#comment VirtualEnvironmentFirewallAlias#comment}
    */
    readonly comment?: string;
    /**
    * The ID of the container to manage the firewall for.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_alias#container_id VirtualEnvironmentFirewallAlias#container_id}
    */
    readonly containerId?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_alias#id VirtualEnvironmentFirewallAlias#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Alias name
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_alias#name VirtualEnvironmentFirewallAlias#name}
    */
    readonly name: string;
    /**
    * The name of the node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_alias#node_name VirtualEnvironmentFirewallAlias#node_name}
    */
    readonly nodeName?: string;
    /**
    * The ID of the VM to manage the firewall for.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_alias#vm_id VirtualEnvironmentFirewallAlias#vm_id}
    */
    readonly vmId?: number;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_alias proxmox_virtual_environment_firewall_alias}
*/
export declare class VirtualEnvironmentFirewallAlias extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_firewall_alias";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentFirewallAlias resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentFirewallAlias to import
    * @param importFromId The id of the existing VirtualEnvironmentFirewallAlias that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_alias#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentFirewallAlias to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_alias proxmox_virtual_environment_firewall_alias} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentFirewallAliasConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentFirewallAliasConfig);
    private _cidr?;
    get cidr(): string;
    set cidr(value: string);
    get cidrInput(): string | undefined;
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
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
