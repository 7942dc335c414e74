import { Construct } from 'constructs';
import * as cdktf from '../../terraform/cdktf';
export interface VirtualEnvironmentPoolConfig extends cdktf.TerraformMetaArguments {
    /**
    * The pool comment
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_pool#comment VirtualEnvironmentPool#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_pool#id VirtualEnvironmentPool#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * The pool id
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_pool#pool_id VirtualEnvironmentPool#pool_id}
    */
    readonly poolId: string;
}
export interface VirtualEnvironmentPoolMembers {
}
export declare function virtualEnvironmentPoolMembersToTerraform(struct?: VirtualEnvironmentPoolMembers): any;
export declare function virtualEnvironmentPoolMembersToHclTerraform(struct?: VirtualEnvironmentPoolMembers): any;
export declare class VirtualEnvironmentPoolMembersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentPoolMembers | undefined;
    set internalValue(value: VirtualEnvironmentPoolMembers | undefined);
    get datastoreId(): string;
    get id(): string;
    get nodeName(): string;
    get type(): string;
    get vmId(): number;
}
export declare class VirtualEnvironmentPoolMembersList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentPoolMembersOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_pool proxmox_virtual_environment_pool}
*/
export declare class VirtualEnvironmentPool extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_pool";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentPool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentPool to import
    * @param importFromId The id of the existing VirtualEnvironmentPool that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_pool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentPool to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_pool proxmox_virtual_environment_pool} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentPoolConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentPoolConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _members;
    get members(): VirtualEnvironmentPoolMembersList;
    private _poolId?;
    get poolId(): string;
    set poolId(value: string);
    get poolIdInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
