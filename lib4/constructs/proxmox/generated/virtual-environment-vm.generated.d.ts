import { Construct } from 'constructs';
import * as cdktf from '../../terraform/cdktf';
export interface VirtualEnvironmentVmConfig extends cdktf.TerraformMetaArguments {
    /**
    * Whether to enable ACPI
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#acpi VirtualEnvironmentVm#acpi}
    */
    readonly acpi?: boolean | cdktf.IResolvable;
    /**
    * The BIOS implementation
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#bios VirtualEnvironmentVm#bios}
    */
    readonly bios?: string;
    /**
    * The guest will attempt to boot from devices in the order they appear here
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#boot_order VirtualEnvironmentVm#boot_order}
    */
    readonly bootOrder?: string[];
    /**
    * Whether to delete unreferenced disks on destroy
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#delete_unreferenced_disks_on_destroy VirtualEnvironmentVm#delete_unreferenced_disks_on_destroy}
    */
    readonly deleteUnreferencedDisksOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * The description
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#description VirtualEnvironmentVm#description}
    */
    readonly description?: string;
    /**
    * A hook script
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#hook_script_file_id VirtualEnvironmentVm#hook_script_file_id}
    */
    readonly hookScriptFileId?: string;
    /**
    * Selectively enable hotplug features. Use `0` to disable, `1` to enable all. Valid features: `disk`, `network`, `usb`, `memory`, `cpu`. Memory hotplug requires NUMA to be enabled.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#hotplug VirtualEnvironmentVm#hotplug}
    */
    readonly hotplug?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#id VirtualEnvironmentVm#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * The keyboard layout
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#keyboard_layout VirtualEnvironmentVm#keyboard_layout}
    */
    readonly keyboardLayout?: string;
    /**
    * The args implementation
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#kvm_arguments VirtualEnvironmentVm#kvm_arguments}
    */
    readonly kvmArguments?: string;
    /**
    * The MAC addresses for the network interfaces
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#mac_addresses VirtualEnvironmentVm#mac_addresses}
    */
    readonly macAddresses?: string[];
    /**
    * The VM machine type, either default `pc` or `q35`
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#machine VirtualEnvironmentVm#machine}
    */
    readonly machine?: string;
    /**
    * Whether to migrate the VM on node change instead of re-creating it
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#migrate VirtualEnvironmentVm#migrate}
    */
    readonly migrate?: boolean | cdktf.IResolvable;
    /**
    * The name of the VM. Must be a valid DNS name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#name VirtualEnvironmentVm#name}
    */
    readonly name?: string;
    /**
    * The network devices
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#network_device VirtualEnvironmentVm#network_device}
    */
    readonly networkDevice?: VirtualEnvironmentVmNetworkDevice[] | cdktf.IResolvable;
    /**
    * The node name
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#node_name VirtualEnvironmentVm#node_name}
    */
    readonly nodeName: string;
    /**
    * Start VM on Node boot
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#on_boot VirtualEnvironmentVm#on_boot}
    */
    readonly onBoot?: boolean | cdktf.IResolvable;
    /**
    * The ID of the pool to assign the virtual machine to
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#pool_id VirtualEnvironmentVm#pool_id}
    */
    readonly poolId?: string;
    /**
    * Sets the protection flag of the VM. This will disable the remove VM and remove disk operations
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#protection VirtualEnvironmentVm#protection}
    */
    readonly protection?: boolean | cdktf.IResolvable;
    /**
    * Whether to purge the VM from backup configurations on destroy
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#purge_on_destroy VirtualEnvironmentVm#purge_on_destroy}
    */
    readonly purgeOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Whether to reboot VM after creation
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#reboot VirtualEnvironmentVm#reboot}
    */
    readonly reboot?: boolean | cdktf.IResolvable;
    /**
    * Whether the provider may automatically reboot or power off the VM during update operations when required to apply changes. If false, updates that require taking the VM offline fail instead of being applied automatically. Changes that are applied successfully but still need a later manual reboot emit a warning instead.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#reboot_after_update VirtualEnvironmentVm#reboot_after_update}
    */
    readonly rebootAfterUpdate?: boolean | cdktf.IResolvable;
    /**
    * The SCSI hardware type
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#scsi_hardware VirtualEnvironmentVm#scsi_hardware}
    */
    readonly scsiHardware?: string;
    /**
    * Whether to start the virtual machine
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#started VirtualEnvironmentVm#started}
    */
    readonly started?: boolean | cdktf.IResolvable;
    /**
    * Whether to stop rather than shutdown on VM destroy
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#stop_on_destroy VirtualEnvironmentVm#stop_on_destroy}
    */
    readonly stopOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Whether to enable the USB tablet device
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#tablet_device VirtualEnvironmentVm#tablet_device}
    */
    readonly tabletDevice?: boolean | cdktf.IResolvable;
    /**
    * Tags of the virtual machine. This is only meta information.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#tags VirtualEnvironmentVm#tags}
    */
    readonly tags?: string[];
    /**
    * Whether the VM should be a template. Setting this from false to true converts an existing VM to a template in place. Converting a template back to a regular VM is not supported.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#template VirtualEnvironmentVm#template}
    */
    readonly template?: boolean | cdktf.IResolvable;
    /**
    * Clone VM timeout
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#timeout_clone VirtualEnvironmentVm#timeout_clone}
    */
    readonly timeoutClone?: number;
    /**
    * Create VM timeout
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#timeout_create VirtualEnvironmentVm#timeout_create}
    */
    readonly timeoutCreate?: number;
    /**
    * Migrate VM timeout
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#timeout_migrate VirtualEnvironmentVm#timeout_migrate}
    */
    readonly timeoutMigrate?: number;
    /**
    * Disk move timeout
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#timeout_move_disk VirtualEnvironmentVm#timeout_move_disk}
    */
    readonly timeoutMoveDisk?: number;
    /**
    * Reboot timeout
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#timeout_reboot VirtualEnvironmentVm#timeout_reboot}
    */
    readonly timeoutReboot?: number;
    /**
    * Shutdown timeout
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#timeout_shutdown_vm VirtualEnvironmentVm#timeout_shutdown_vm}
    */
    readonly timeoutShutdownVm?: number;
    /**
    * Start VM timeout
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#timeout_start_vm VirtualEnvironmentVm#timeout_start_vm}
    */
    readonly timeoutStartVm?: number;
    /**
    * Stop VM timeout
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#timeout_stop_vm VirtualEnvironmentVm#timeout_stop_vm}
    */
    readonly timeoutStopVm?: number;
    /**
    * The VM identifier
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#vm_id VirtualEnvironmentVm#vm_id}
    */
    readonly vmId?: number;
    /**
    * agent block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#agent VirtualEnvironmentVm#agent}
    */
    readonly agent?: VirtualEnvironmentVmAgent;
    /**
    * amd_sev block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#amd_sev VirtualEnvironmentVm#amd_sev}
    */
    readonly amdSev?: VirtualEnvironmentVmAmdSev;
    /**
    * audio_device block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#audio_device VirtualEnvironmentVm#audio_device}
    */
    readonly audioDevice?: VirtualEnvironmentVmAudioDevice;
    /**
    * cdrom block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#cdrom VirtualEnvironmentVm#cdrom}
    */
    readonly cdrom?: VirtualEnvironmentVmCdrom;
    /**
    * clone block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#clone VirtualEnvironmentVm#clone}
    */
    readonly clone?: VirtualEnvironmentVmClone;
    /**
    * cpu block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#cpu VirtualEnvironmentVm#cpu}
    */
    readonly cpu?: VirtualEnvironmentVmCpu;
    /**
    * disk block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#disk VirtualEnvironmentVm#disk}
    */
    readonly disk?: VirtualEnvironmentVmDisk[] | cdktf.IResolvable;
    /**
    * efi_disk block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#efi_disk VirtualEnvironmentVm#efi_disk}
    */
    readonly efiDisk?: VirtualEnvironmentVmEfiDisk;
    /**
    * hostpci block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#hostpci VirtualEnvironmentVm#hostpci}
    */
    readonly hostpci?: VirtualEnvironmentVmHostpci[] | cdktf.IResolvable;
    /**
    * initialization block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#initialization VirtualEnvironmentVm#initialization}
    */
    readonly initialization?: VirtualEnvironmentVmInitialization;
    /**
    * memory block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#memory VirtualEnvironmentVm#memory}
    */
    readonly memory?: VirtualEnvironmentVmMemory;
    /**
    * numa block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#numa VirtualEnvironmentVm#numa}
    */
    readonly numa?: VirtualEnvironmentVmNuma[] | cdktf.IResolvable;
    /**
    * operating_system block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#operating_system VirtualEnvironmentVm#operating_system}
    */
    readonly operatingSystem?: VirtualEnvironmentVmOperatingSystem;
    /**
    * rng block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#rng VirtualEnvironmentVm#rng}
    */
    readonly rng?: VirtualEnvironmentVmRng[] | cdktf.IResolvable;
    /**
    * serial_device block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#serial_device VirtualEnvironmentVm#serial_device}
    */
    readonly serialDevice?: VirtualEnvironmentVmSerialDevice[] | cdktf.IResolvable;
    /**
    * smbios block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#smbios VirtualEnvironmentVm#smbios}
    */
    readonly smbios?: VirtualEnvironmentVmSmbios;
    /**
    * startup block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#startup VirtualEnvironmentVm#startup}
    */
    readonly startup?: VirtualEnvironmentVmStartup;
    /**
    * tpm_state block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#tpm_state VirtualEnvironmentVm#tpm_state}
    */
    readonly tpmState?: VirtualEnvironmentVmTpmState;
    /**
    * usb block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#usb VirtualEnvironmentVm#usb}
    */
    readonly usb?: VirtualEnvironmentVmUsb[] | cdktf.IResolvable;
    /**
    * vga block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#vga VirtualEnvironmentVm#vga}
    */
    readonly vga?: VirtualEnvironmentVmVga;
    /**
    * virtiofs block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#virtiofs VirtualEnvironmentVm#virtiofs}
    */
    readonly virtiofs?: VirtualEnvironmentVmVirtiofs[] | cdktf.IResolvable;
    /**
    * watchdog block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#watchdog VirtualEnvironmentVm#watchdog}
    */
    readonly watchdog?: VirtualEnvironmentVmWatchdog;
}
export interface VirtualEnvironmentVmNetworkDevice {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#bridge VirtualEnvironmentVm#bridge}
    */
    readonly bridge?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#disconnected VirtualEnvironmentVm#disconnected}
    */
    readonly disconnected?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#enabled VirtualEnvironmentVm#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#firewall VirtualEnvironmentVm#firewall}
    */
    readonly firewall?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#mac_address VirtualEnvironmentVm#mac_address}
    */
    readonly macAddress?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#model VirtualEnvironmentVm#model}
    */
    readonly model?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#mtu VirtualEnvironmentVm#mtu}
    */
    readonly mtu?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#queues VirtualEnvironmentVm#queues}
    */
    readonly queues?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#rate_limit VirtualEnvironmentVm#rate_limit}
    */
    readonly rateLimit?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#trunks VirtualEnvironmentVm#trunks}
    */
    readonly trunks?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#vlan_id VirtualEnvironmentVm#vlan_id}
    */
    readonly vlanId?: number;
}
export declare function virtualEnvironmentVmNetworkDeviceToTerraform(struct?: VirtualEnvironmentVmNetworkDevice | cdktf.IResolvable): any;
export declare function virtualEnvironmentVmNetworkDeviceToHclTerraform(struct?: VirtualEnvironmentVmNetworkDevice | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVmNetworkDeviceOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentVmNetworkDevice | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVmNetworkDevice | cdktf.IResolvable | undefined);
    private _bridge?;
    get bridge(): string;
    set bridge(value: string);
    resetBridge(): void;
    get bridgeInput(): string | undefined;
    private _disconnected?;
    get disconnected(): boolean | cdktf.IResolvable;
    set disconnected(value: boolean | cdktf.IResolvable);
    resetDisconnected(): void;
    get disconnectedInput(): boolean | cdktf.IResolvable | undefined;
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    private _firewall?;
    get firewall(): boolean | cdktf.IResolvable;
    set firewall(value: boolean | cdktf.IResolvable);
    resetFirewall(): void;
    get firewallInput(): boolean | cdktf.IResolvable | undefined;
    private _macAddress?;
    get macAddress(): string;
    set macAddress(value: string);
    resetMacAddress(): void;
    get macAddressInput(): string | undefined;
    private _model?;
    get model(): string;
    set model(value: string);
    resetModel(): void;
    get modelInput(): string | undefined;
    private _mtu?;
    get mtu(): number;
    set mtu(value: number);
    resetMtu(): void;
    get mtuInput(): number | undefined;
    private _queues?;
    get queues(): number;
    set queues(value: number);
    resetQueues(): void;
    get queuesInput(): number | undefined;
    private _rateLimit?;
    get rateLimit(): number;
    set rateLimit(value: number);
    resetRateLimit(): void;
    get rateLimitInput(): number | undefined;
    private _trunks?;
    get trunks(): string;
    set trunks(value: string);
    resetTrunks(): void;
    get trunksInput(): string | undefined;
    private _vlanId?;
    get vlanId(): number;
    set vlanId(value: number);
    resetVlanId(): void;
    get vlanIdInput(): number | undefined;
}
export declare class VirtualEnvironmentVmNetworkDeviceList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentVmNetworkDevice[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentVmNetworkDeviceOutputReference;
}
export interface VirtualEnvironmentVmAgentWaitForIp {
    /**
    * Disable waiting for the agent to report an IP address; set to true to skip the lookup entirely
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#disabled VirtualEnvironmentVm#disabled}
    */
    readonly disabled?: boolean | cdktf.IResolvable;
    /**
    * Wait for at least one IPv4 address (non-loopback, non-link-local)
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#ipv4 VirtualEnvironmentVm#ipv4}
    */
    readonly ipv4?: boolean | cdktf.IResolvable;
    /**
    * Wait for at least one IPv6 address (non-loopback, non-link-local)
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#ipv6 VirtualEnvironmentVm#ipv6}
    */
    readonly ipv6?: boolean | cdktf.IResolvable;
}
export declare function virtualEnvironmentVmAgentWaitForIpToTerraform(struct?: VirtualEnvironmentVmAgentWaitForIpOutputReference | VirtualEnvironmentVmAgentWaitForIp): any;
export declare function virtualEnvironmentVmAgentWaitForIpToHclTerraform(struct?: VirtualEnvironmentVmAgentWaitForIpOutputReference | VirtualEnvironmentVmAgentWaitForIp): any;
export declare class VirtualEnvironmentVmAgentWaitForIpOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmAgentWaitForIp | undefined;
    set internalValue(value: VirtualEnvironmentVmAgentWaitForIp | undefined);
    private _disabled?;
    get disabled(): boolean | cdktf.IResolvable;
    set disabled(value: boolean | cdktf.IResolvable);
    resetDisabled(): void;
    get disabledInput(): boolean | cdktf.IResolvable | undefined;
    private _ipv4?;
    get ipv4(): boolean | cdktf.IResolvable;
    set ipv4(value: boolean | cdktf.IResolvable);
    resetIpv4(): void;
    get ipv4Input(): boolean | cdktf.IResolvable | undefined;
    private _ipv6?;
    get ipv6(): boolean | cdktf.IResolvable;
    set ipv6(value: boolean | cdktf.IResolvable);
    resetIpv6(): void;
    get ipv6Input(): boolean | cdktf.IResolvable | undefined;
}
export interface VirtualEnvironmentVmAgent {
    /**
    * Whether to enable the QEMU agent
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#enabled VirtualEnvironmentVm#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * The maximum amount of time to wait for data from the QEMU agent to become available
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#timeout VirtualEnvironmentVm#timeout}
    */
    readonly timeout?: string;
    /**
    * Whether to enable the FSTRIM feature in the QEMU agent
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#trim VirtualEnvironmentVm#trim}
    */
    readonly trim?: boolean | cdktf.IResolvable;
    /**
    * The QEMU agent interface type
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#type VirtualEnvironmentVm#type}
    */
    readonly type?: string;
    /**
    * wait_for_ip block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#wait_for_ip VirtualEnvironmentVm#wait_for_ip}
    */
    readonly waitForIp?: VirtualEnvironmentVmAgentWaitForIp;
}
export declare function virtualEnvironmentVmAgentToTerraform(struct?: VirtualEnvironmentVmAgentOutputReference | VirtualEnvironmentVmAgent): any;
export declare function virtualEnvironmentVmAgentToHclTerraform(struct?: VirtualEnvironmentVmAgentOutputReference | VirtualEnvironmentVmAgent): any;
export declare class VirtualEnvironmentVmAgentOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmAgent | undefined;
    set internalValue(value: VirtualEnvironmentVmAgent | undefined);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    private _timeout?;
    get timeout(): string;
    set timeout(value: string);
    resetTimeout(): void;
    get timeoutInput(): string | undefined;
    private _trim?;
    get trim(): boolean | cdktf.IResolvable;
    set trim(value: boolean | cdktf.IResolvable);
    resetTrim(): void;
    get trimInput(): boolean | cdktf.IResolvable | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
    private _waitForIp;
    get waitForIp(): VirtualEnvironmentVmAgentWaitForIpOutputReference;
    putWaitForIp(value: VirtualEnvironmentVmAgentWaitForIp): void;
    resetWaitForIp(): void;
    get waitForIpInput(): VirtualEnvironmentVmAgentWaitForIp | undefined;
}
export interface VirtualEnvironmentVmAmdSev {
    /**
    * Sets policy bit to allow Simultaneous Multi Threading (SMT) (Ignored unless for SEV-SNP)
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#allow_smt VirtualEnvironmentVm#allow_smt}
    */
    readonly allowSmt?: boolean | cdktf.IResolvable;
    /**
    * Add kernel hashes to guest firmware for measured linux kernel launch
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#kernel_hashes VirtualEnvironmentVm#kernel_hashes}
    */
    readonly kernelHashes?: boolean | cdktf.IResolvable;
    /**
    * Sets policy bit to disallow debugging of guest
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#no_debug VirtualEnvironmentVm#no_debug}
    */
    readonly noDebug?: boolean | cdktf.IResolvable;
    /**
    * Sets policy bit to disallow key sharing with other guests (Ignored for SEV-SNP)
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#no_key_sharing VirtualEnvironmentVm#no_key_sharing}
    */
    readonly noKeySharing?: boolean | cdktf.IResolvable;
    /**
    * Enable standard SEV with type=std or enable experimental SEV-ES with the es optionor enable experimental SEV-SNP with the snp option.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#type VirtualEnvironmentVm#type}
    */
    readonly type?: string;
}
export declare function virtualEnvironmentVmAmdSevToTerraform(struct?: VirtualEnvironmentVmAmdSevOutputReference | VirtualEnvironmentVmAmdSev): any;
export declare function virtualEnvironmentVmAmdSevToHclTerraform(struct?: VirtualEnvironmentVmAmdSevOutputReference | VirtualEnvironmentVmAmdSev): any;
export declare class VirtualEnvironmentVmAmdSevOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmAmdSev | undefined;
    set internalValue(value: VirtualEnvironmentVmAmdSev | undefined);
    private _allowSmt?;
    get allowSmt(): boolean | cdktf.IResolvable;
    set allowSmt(value: boolean | cdktf.IResolvable);
    resetAllowSmt(): void;
    get allowSmtInput(): boolean | cdktf.IResolvable | undefined;
    private _kernelHashes?;
    get kernelHashes(): boolean | cdktf.IResolvable;
    set kernelHashes(value: boolean | cdktf.IResolvable);
    resetKernelHashes(): void;
    get kernelHashesInput(): boolean | cdktf.IResolvable | undefined;
    private _noDebug?;
    get noDebug(): boolean | cdktf.IResolvable;
    set noDebug(value: boolean | cdktf.IResolvable);
    resetNoDebug(): void;
    get noDebugInput(): boolean | cdktf.IResolvable | undefined;
    private _noKeySharing?;
    get noKeySharing(): boolean | cdktf.IResolvable;
    set noKeySharing(value: boolean | cdktf.IResolvable);
    resetNoKeySharing(): void;
    get noKeySharingInput(): boolean | cdktf.IResolvable | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
}
export interface VirtualEnvironmentVmAudioDevice {
    /**
    * The device
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#device VirtualEnvironmentVm#device}
    */
    readonly device?: string;
    /**
    * The driver
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#driver VirtualEnvironmentVm#driver}
    */
    readonly driver?: string;
    /**
    * Whether to enable the audio device
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#enabled VirtualEnvironmentVm#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
}
export declare function virtualEnvironmentVmAudioDeviceToTerraform(struct?: VirtualEnvironmentVmAudioDeviceOutputReference | VirtualEnvironmentVmAudioDevice): any;
export declare function virtualEnvironmentVmAudioDeviceToHclTerraform(struct?: VirtualEnvironmentVmAudioDeviceOutputReference | VirtualEnvironmentVmAudioDevice): any;
export declare class VirtualEnvironmentVmAudioDeviceOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmAudioDevice | undefined;
    set internalValue(value: VirtualEnvironmentVmAudioDevice | undefined);
    private _device?;
    get device(): string;
    set device(value: string);
    resetDevice(): void;
    get deviceInput(): string | undefined;
    private _driver?;
    get driver(): string;
    set driver(value: string);
    resetDriver(): void;
    get driverInput(): string | undefined;
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
}
export interface VirtualEnvironmentVmCdrom {
    /**
    * Whether to enable the CDROM drive
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#enabled VirtualEnvironmentVm#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * The file id
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#file_id VirtualEnvironmentVm#file_id}
    */
    readonly fileId?: string;
    /**
    * The CDROM interface
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#interface VirtualEnvironmentVm#interface}
    */
    readonly interface?: string;
}
export declare function virtualEnvironmentVmCdromToTerraform(struct?: VirtualEnvironmentVmCdromOutputReference | VirtualEnvironmentVmCdrom): any;
export declare function virtualEnvironmentVmCdromToHclTerraform(struct?: VirtualEnvironmentVmCdromOutputReference | VirtualEnvironmentVmCdrom): any;
export declare class VirtualEnvironmentVmCdromOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmCdrom | undefined;
    set internalValue(value: VirtualEnvironmentVmCdrom | undefined);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    private _fileId?;
    get fileId(): string;
    set fileId(value: string);
    resetFileId(): void;
    get fileIdInput(): string | undefined;
    private _interface?;
    get interface(): string;
    set interface(value: string);
    resetInterface(): void;
    get interfaceInput(): string | undefined;
}
export interface VirtualEnvironmentVmClone {
    /**
    * The ID of the target datastore
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#datastore_id VirtualEnvironmentVm#datastore_id}
    */
    readonly datastoreId?: string;
    /**
    * The Clone Type, create a Full Clone (true) or a linked Clone (false)
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#full VirtualEnvironmentVm#full}
    */
    readonly full?: boolean | cdktf.IResolvable;
    /**
    * The name of the source node
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#node_name VirtualEnvironmentVm#node_name}
    */
    readonly nodeName?: string;
    /**
    * The number of Retries to create a clone
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#retries VirtualEnvironmentVm#retries}
    */
    readonly retries?: number;
    /**
    * The ID of the source VM
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#vm_id VirtualEnvironmentVm#vm_id}
    */
    readonly vmId: number;
}
export declare function virtualEnvironmentVmCloneToTerraform(struct?: VirtualEnvironmentVmCloneOutputReference | VirtualEnvironmentVmClone): any;
export declare function virtualEnvironmentVmCloneToHclTerraform(struct?: VirtualEnvironmentVmCloneOutputReference | VirtualEnvironmentVmClone): any;
export declare class VirtualEnvironmentVmCloneOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmClone | undefined;
    set internalValue(value: VirtualEnvironmentVmClone | undefined);
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    resetDatastoreId(): void;
    get datastoreIdInput(): string | undefined;
    private _full?;
    get full(): boolean | cdktf.IResolvable;
    set full(value: boolean | cdktf.IResolvable);
    resetFull(): void;
    get fullInput(): boolean | cdktf.IResolvable | undefined;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    resetNodeName(): void;
    get nodeNameInput(): string | undefined;
    private _retries?;
    get retries(): number;
    set retries(value: number);
    resetRetries(): void;
    get retriesInput(): number | undefined;
    private _vmId?;
    get vmId(): number;
    set vmId(value: number);
    get vmIdInput(): number | undefined;
}
export interface VirtualEnvironmentVmCpu {
    /**
    * The CPU affinity
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#affinity VirtualEnvironmentVm#affinity}
    */
    readonly affinity?: string;
    /**
    * The CPU architecture
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#architecture VirtualEnvironmentVm#architecture}
    */
    readonly architecture?: string;
    /**
    * The number of CPU cores
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#cores VirtualEnvironmentVm#cores}
    */
    readonly cores?: number;
    /**
    * The CPU flags
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#flags VirtualEnvironmentVm#flags}
    */
    readonly flags?: string[];
    /**
    * The number of hotplugged vCPUs
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#hotplugged VirtualEnvironmentVm#hotplugged}
    */
    readonly hotplugged?: number;
    /**
    * Limit of CPU usage
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#limit VirtualEnvironmentVm#limit}
    */
    readonly limit?: number;
    /**
    * Enable/disable NUMA.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#numa VirtualEnvironmentVm#numa}
    */
    readonly numa?: boolean | cdktf.IResolvable;
    /**
    * The number of CPU sockets
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#sockets VirtualEnvironmentVm#sockets}
    */
    readonly sockets?: number;
    /**
    * The emulated CPU type
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#type VirtualEnvironmentVm#type}
    */
    readonly type?: string;
    /**
    * The CPU units
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#units VirtualEnvironmentVm#units}
    */
    readonly units?: number;
}
export declare function virtualEnvironmentVmCpuToTerraform(struct?: VirtualEnvironmentVmCpuOutputReference | VirtualEnvironmentVmCpu): any;
export declare function virtualEnvironmentVmCpuToHclTerraform(struct?: VirtualEnvironmentVmCpuOutputReference | VirtualEnvironmentVmCpu): any;
export declare class VirtualEnvironmentVmCpuOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmCpu | undefined;
    set internalValue(value: VirtualEnvironmentVmCpu | undefined);
    private _affinity?;
    get affinity(): string;
    set affinity(value: string);
    resetAffinity(): void;
    get affinityInput(): string | undefined;
    private _architecture?;
    get architecture(): string;
    set architecture(value: string);
    resetArchitecture(): void;
    get architectureInput(): string | undefined;
    private _cores?;
    get cores(): number;
    set cores(value: number);
    resetCores(): void;
    get coresInput(): number | undefined;
    private _flags?;
    get flags(): string[];
    set flags(value: string[]);
    resetFlags(): void;
    get flagsInput(): string[] | undefined;
    private _hotplugged?;
    get hotplugged(): number;
    set hotplugged(value: number);
    resetHotplugged(): void;
    get hotpluggedInput(): number | undefined;
    private _limit?;
    get limit(): number;
    set limit(value: number);
    resetLimit(): void;
    get limitInput(): number | undefined;
    private _numa?;
    get numa(): boolean | cdktf.IResolvable;
    set numa(value: boolean | cdktf.IResolvable);
    resetNuma(): void;
    get numaInput(): boolean | cdktf.IResolvable | undefined;
    private _sockets?;
    get sockets(): number;
    set sockets(value: number);
    resetSockets(): void;
    get socketsInput(): number | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
    private _units?;
    get units(): number;
    set units(value: number);
    resetUnits(): void;
    get unitsInput(): number | undefined;
}
export interface VirtualEnvironmentVmDiskSpeed {
    /**
    * The maximum read I/O in operations per second
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#iops_read VirtualEnvironmentVm#iops_read}
    */
    readonly iopsRead?: number;
    /**
    * The maximum unthrottled read I/O pool in operations per second
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#iops_read_burstable VirtualEnvironmentVm#iops_read_burstable}
    */
    readonly iopsReadBurstable?: number;
    /**
    * The maximum write I/O in operations per second
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#iops_write VirtualEnvironmentVm#iops_write}
    */
    readonly iopsWrite?: number;
    /**
    * The maximum unthrottled write I/O pool in operations per second
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#iops_write_burstable VirtualEnvironmentVm#iops_write_burstable}
    */
    readonly iopsWriteBurstable?: number;
    /**
    * The maximum read speed in megabytes per second
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#read VirtualEnvironmentVm#read}
    */
    readonly read?: number;
    /**
    * The maximum burstable read speed in megabytes per second
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#read_burstable VirtualEnvironmentVm#read_burstable}
    */
    readonly readBurstable?: number;
    /**
    * The maximum write speed in megabytes per second
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#write VirtualEnvironmentVm#write}
    */
    readonly write?: number;
    /**
    * The maximum burstable write speed in megabytes per second
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#write_burstable VirtualEnvironmentVm#write_burstable}
    */
    readonly writeBurstable?: number;
}
export declare function virtualEnvironmentVmDiskSpeedToTerraform(struct?: VirtualEnvironmentVmDiskSpeedOutputReference | VirtualEnvironmentVmDiskSpeed): any;
export declare function virtualEnvironmentVmDiskSpeedToHclTerraform(struct?: VirtualEnvironmentVmDiskSpeedOutputReference | VirtualEnvironmentVmDiskSpeed): any;
export declare class VirtualEnvironmentVmDiskSpeedOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmDiskSpeed | undefined;
    set internalValue(value: VirtualEnvironmentVmDiskSpeed | undefined);
    private _iopsRead?;
    get iopsRead(): number;
    set iopsRead(value: number);
    resetIopsRead(): void;
    get iopsReadInput(): number | undefined;
    private _iopsReadBurstable?;
    get iopsReadBurstable(): number;
    set iopsReadBurstable(value: number);
    resetIopsReadBurstable(): void;
    get iopsReadBurstableInput(): number | undefined;
    private _iopsWrite?;
    get iopsWrite(): number;
    set iopsWrite(value: number);
    resetIopsWrite(): void;
    get iopsWriteInput(): number | undefined;
    private _iopsWriteBurstable?;
    get iopsWriteBurstable(): number;
    set iopsWriteBurstable(value: number);
    resetIopsWriteBurstable(): void;
    get iopsWriteBurstableInput(): number | undefined;
    private _read?;
    get read(): number;
    set read(value: number);
    resetRead(): void;
    get readInput(): number | undefined;
    private _readBurstable?;
    get readBurstable(): number;
    set readBurstable(value: number);
    resetReadBurstable(): void;
    get readBurstableInput(): number | undefined;
    private _write?;
    get write(): number;
    set write(value: number);
    resetWrite(): void;
    get writeInput(): number | undefined;
    private _writeBurstable?;
    get writeBurstable(): number;
    set writeBurstable(value: number);
    resetWriteBurstable(): void;
    get writeBurstableInput(): number | undefined;
}
export interface VirtualEnvironmentVmDisk {
    /**
    * The disk AIO mode
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#aio VirtualEnvironmentVm#aio}
    */
    readonly aio?: string;
    /**
    * Whether the drive should be included when making backups
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#backup VirtualEnvironmentVm#backup}
    */
    readonly backup?: boolean | cdktf.IResolvable;
    /**
    * The drive’s cache mode
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#cache VirtualEnvironmentVm#cache}
    */
    readonly cache?: string;
    /**
    * The datastore id
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#datastore_id VirtualEnvironmentVm#datastore_id}
    */
    readonly datastoreId?: string;
    /**
    * Whether to pass discard/trim requests to the underlying storage.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#discard VirtualEnvironmentVm#discard}
    */
    readonly discard?: string;
    /**
    * The file format
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#file_format VirtualEnvironmentVm#file_format}
    */
    readonly fileFormat?: string;
    /**
    * The file id for a disk image
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#file_id VirtualEnvironmentVm#file_id}
    */
    readonly fileId?: string;
    /**
    * The file id of a disk image to import from storage. Only used during initial creation; changes after creation are ignored.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#import_from VirtualEnvironmentVm#import_from}
    */
    readonly importFromAttribute?: string;
    /**
    * The datastore name
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#interface VirtualEnvironmentVm#interface}
    */
    readonly interface: string;
    /**
    * Whether to use iothreads for this disk drive
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#iothread VirtualEnvironmentVm#iothread}
    */
    readonly iothread?: boolean | cdktf.IResolvable;
    /**
    * The in-datastore path to disk image
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#path_in_datastore VirtualEnvironmentVm#path_in_datastore}
    */
    readonly pathInDatastore?: string;
    /**
    * Number of I/O queues for this disk, requires SCSI interface and `virtio-scsi-single` SCSI controller
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#queues VirtualEnvironmentVm#queues}
    */
    readonly queues?: number;
    /**
    * Whether the drive should be considered for replication jobs
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#replicate VirtualEnvironmentVm#replicate}
    */
    readonly replicate?: boolean | cdktf.IResolvable;
    /**
    * The drive’s reported serial number
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#serial VirtualEnvironmentVm#serial}
    */
    readonly serial?: string;
    /**
    * The disk size in gigabytes
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#size VirtualEnvironmentVm#size}
    */
    readonly size?: number;
    /**
    * Whether to use ssd for this disk drive
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#ssd VirtualEnvironmentVm#ssd}
    */
    readonly ssd?: boolean | cdktf.IResolvable;
    /**
    * speed block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#speed VirtualEnvironmentVm#speed}
    */
    readonly speed?: VirtualEnvironmentVmDiskSpeed;
}
export declare function virtualEnvironmentVmDiskToTerraform(struct?: VirtualEnvironmentVmDisk | cdktf.IResolvable): any;
export declare function virtualEnvironmentVmDiskToHclTerraform(struct?: VirtualEnvironmentVmDisk | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVmDiskOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentVmDisk | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVmDisk | cdktf.IResolvable | undefined);
    private _aio?;
    get aio(): string;
    set aio(value: string);
    resetAio(): void;
    get aioInput(): string | undefined;
    private _backup?;
    get backup(): boolean | cdktf.IResolvable;
    set backup(value: boolean | cdktf.IResolvable);
    resetBackup(): void;
    get backupInput(): boolean | cdktf.IResolvable | undefined;
    private _cache?;
    get cache(): string;
    set cache(value: string);
    resetCache(): void;
    get cacheInput(): string | undefined;
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    resetDatastoreId(): void;
    get datastoreIdInput(): string | undefined;
    private _discard?;
    get discard(): string;
    set discard(value: string);
    resetDiscard(): void;
    get discardInput(): string | undefined;
    private _fileFormat?;
    get fileFormat(): string;
    set fileFormat(value: string);
    resetFileFormat(): void;
    get fileFormatInput(): string | undefined;
    private _fileId?;
    get fileId(): string;
    set fileId(value: string);
    resetFileId(): void;
    get fileIdInput(): string | undefined;
    private _importFrom?;
    get importFromAttribute(): string;
    set importFromAttribute(value: string);
    resetImportFromAttribute(): void;
    get importFromAttributeInput(): string | undefined;
    private _interface?;
    get interface(): string;
    set interface(value: string);
    get interfaceInput(): string | undefined;
    private _iothread?;
    get iothread(): boolean | cdktf.IResolvable;
    set iothread(value: boolean | cdktf.IResolvable);
    resetIothread(): void;
    get iothreadInput(): boolean | cdktf.IResolvable | undefined;
    private _pathInDatastore?;
    get pathInDatastore(): string;
    set pathInDatastore(value: string);
    resetPathInDatastore(): void;
    get pathInDatastoreInput(): string | undefined;
    private _queues?;
    get queues(): number;
    set queues(value: number);
    resetQueues(): void;
    get queuesInput(): number | undefined;
    private _replicate?;
    get replicate(): boolean | cdktf.IResolvable;
    set replicate(value: boolean | cdktf.IResolvable);
    resetReplicate(): void;
    get replicateInput(): boolean | cdktf.IResolvable | undefined;
    private _serial?;
    get serial(): string;
    set serial(value: string);
    resetSerial(): void;
    get serialInput(): string | undefined;
    private _size?;
    get size(): number;
    set size(value: number);
    resetSize(): void;
    get sizeInput(): number | undefined;
    private _ssd?;
    get ssd(): boolean | cdktf.IResolvable;
    set ssd(value: boolean | cdktf.IResolvable);
    resetSsd(): void;
    get ssdInput(): boolean | cdktf.IResolvable | undefined;
    private _speed;
    get speed(): VirtualEnvironmentVmDiskSpeedOutputReference;
    putSpeed(value: VirtualEnvironmentVmDiskSpeed): void;
    resetSpeed(): void;
    get speedInput(): VirtualEnvironmentVmDiskSpeed | undefined;
}
export declare class VirtualEnvironmentVmDiskList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentVmDisk[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentVmDiskOutputReference;
}
export interface VirtualEnvironmentVmEfiDisk {
    /**
    * The datastore id
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#datastore_id VirtualEnvironmentVm#datastore_id}
    */
    readonly datastoreId?: string;
    /**
    * The file format
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#file_format VirtualEnvironmentVm#file_format}
    */
    readonly fileFormat?: string;
    /**
    * Use an EFI vars template with distribution-specific and Microsoft Standard keys enrolled, if used with efi type=`4m`.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#pre_enrolled_keys VirtualEnvironmentVm#pre_enrolled_keys}
    */
    readonly preEnrolledKeys?: boolean | cdktf.IResolvable;
    /**
    * Size and type of the OVMF EFI disk
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#type VirtualEnvironmentVm#type}
    */
    readonly type?: string;
}
export declare function virtualEnvironmentVmEfiDiskToTerraform(struct?: VirtualEnvironmentVmEfiDiskOutputReference | VirtualEnvironmentVmEfiDisk): any;
export declare function virtualEnvironmentVmEfiDiskToHclTerraform(struct?: VirtualEnvironmentVmEfiDiskOutputReference | VirtualEnvironmentVmEfiDisk): any;
export declare class VirtualEnvironmentVmEfiDiskOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmEfiDisk | undefined;
    set internalValue(value: VirtualEnvironmentVmEfiDisk | undefined);
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    resetDatastoreId(): void;
    get datastoreIdInput(): string | undefined;
    private _fileFormat?;
    get fileFormat(): string;
    set fileFormat(value: string);
    resetFileFormat(): void;
    get fileFormatInput(): string | undefined;
    private _preEnrolledKeys?;
    get preEnrolledKeys(): boolean | cdktf.IResolvable;
    set preEnrolledKeys(value: boolean | cdktf.IResolvable);
    resetPreEnrolledKeys(): void;
    get preEnrolledKeysInput(): boolean | cdktf.IResolvable | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
}
export interface VirtualEnvironmentVmHostpci {
    /**
    * The PCI device name for Proxmox, in form of 'hostpciX' where X is a sequential number from 0 to 3
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#device VirtualEnvironmentVm#device}
    */
    readonly device: string;
    /**
    * The PCI ID of the device, for example 0000:00:1f.0 (or 0000:00:1f.0;0000:00:1f.1 for multiple device functions, or 0000:00:1f for all functions). Use either this or mapping.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#id VirtualEnvironmentVm#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * The resource mapping name of the device, for example gpu. Use either this or id.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#mapping VirtualEnvironmentVm#mapping}
    */
    readonly mapping?: string;
    /**
    * The the mediated device to use
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#mdev VirtualEnvironmentVm#mdev}
    */
    readonly mdev?: string;
    /**
    * Tells Proxmox VE to use a PCIe or PCI port. Some guests/device combination require PCIe rather than PCI. PCIe is only available for q35 machine types.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#pcie VirtualEnvironmentVm#pcie}
    */
    readonly pcie?: boolean | cdktf.IResolvable;
    /**
    * A path to a ROM file for the device to use. This is a relative path under /usr/share/kvm/
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#rom_file VirtualEnvironmentVm#rom_file}
    */
    readonly romFile?: string;
    /**
    * Makes the firmware ROM visible for the guest. Default is true
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#rombar VirtualEnvironmentVm#rombar}
    */
    readonly rombar?: boolean | cdktf.IResolvable;
    /**
    * Marks the PCI(e) device as the primary GPU of the VM. With this enabled, the vga configuration argument will be ignored.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#xvga VirtualEnvironmentVm#xvga}
    */
    readonly xvga?: boolean | cdktf.IResolvable;
}
export declare function virtualEnvironmentVmHostpciToTerraform(struct?: VirtualEnvironmentVmHostpci | cdktf.IResolvable): any;
export declare function virtualEnvironmentVmHostpciToHclTerraform(struct?: VirtualEnvironmentVmHostpci | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVmHostpciOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentVmHostpci | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVmHostpci | cdktf.IResolvable | undefined);
    private _device?;
    get device(): string;
    set device(value: string);
    get deviceInput(): string | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _mapping?;
    get mapping(): string;
    set mapping(value: string);
    resetMapping(): void;
    get mappingInput(): string | undefined;
    private _mdev?;
    get mdev(): string;
    set mdev(value: string);
    resetMdev(): void;
    get mdevInput(): string | undefined;
    private _pcie?;
    get pcie(): boolean | cdktf.IResolvable;
    set pcie(value: boolean | cdktf.IResolvable);
    resetPcie(): void;
    get pcieInput(): boolean | cdktf.IResolvable | undefined;
    private _romFile?;
    get romFile(): string;
    set romFile(value: string);
    resetRomFile(): void;
    get romFileInput(): string | undefined;
    private _rombar?;
    get rombar(): boolean | cdktf.IResolvable;
    set rombar(value: boolean | cdktf.IResolvable);
    resetRombar(): void;
    get rombarInput(): boolean | cdktf.IResolvable | undefined;
    private _xvga?;
    get xvga(): boolean | cdktf.IResolvable;
    set xvga(value: boolean | cdktf.IResolvable);
    resetXvga(): void;
    get xvgaInput(): boolean | cdktf.IResolvable | undefined;
}
export declare class VirtualEnvironmentVmHostpciList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentVmHostpci[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentVmHostpciOutputReference;
}
export interface VirtualEnvironmentVmInitializationDns {
    /**
    * The DNS search domain
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#domain VirtualEnvironmentVm#domain}
    */
    readonly domain?: string;
    /**
    * The list of DNS servers
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#servers VirtualEnvironmentVm#servers}
    */
    readonly servers?: string[];
}
export declare function virtualEnvironmentVmInitializationDnsToTerraform(struct?: VirtualEnvironmentVmInitializationDnsOutputReference | VirtualEnvironmentVmInitializationDns): any;
export declare function virtualEnvironmentVmInitializationDnsToHclTerraform(struct?: VirtualEnvironmentVmInitializationDnsOutputReference | VirtualEnvironmentVmInitializationDns): any;
export declare class VirtualEnvironmentVmInitializationDnsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmInitializationDns | undefined;
    set internalValue(value: VirtualEnvironmentVmInitializationDns | undefined);
    private _domain?;
    get domain(): string;
    set domain(value: string);
    resetDomain(): void;
    get domainInput(): string | undefined;
    private _servers?;
    get servers(): string[];
    set servers(value: string[]);
    resetServers(): void;
    get serversInput(): string[] | undefined;
}
export interface VirtualEnvironmentVmInitializationIpConfigIpv4 {
    /**
    * The IPv4 address
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#address VirtualEnvironmentVm#address}
    */
    readonly address?: string;
    /**
    * The IPv4 gateway
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#gateway VirtualEnvironmentVm#gateway}
    */
    readonly gateway?: string;
}
export declare function virtualEnvironmentVmInitializationIpConfigIpv4ToTerraform(struct?: VirtualEnvironmentVmInitializationIpConfigIpv4OutputReference | VirtualEnvironmentVmInitializationIpConfigIpv4): any;
export declare function virtualEnvironmentVmInitializationIpConfigIpv4ToHclTerraform(struct?: VirtualEnvironmentVmInitializationIpConfigIpv4OutputReference | VirtualEnvironmentVmInitializationIpConfigIpv4): any;
export declare class VirtualEnvironmentVmInitializationIpConfigIpv4OutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmInitializationIpConfigIpv4 | undefined;
    set internalValue(value: VirtualEnvironmentVmInitializationIpConfigIpv4 | undefined);
    private _address?;
    get address(): string;
    set address(value: string);
    resetAddress(): void;
    get addressInput(): string | undefined;
    private _gateway?;
    get gateway(): string;
    set gateway(value: string);
    resetGateway(): void;
    get gatewayInput(): string | undefined;
}
export interface VirtualEnvironmentVmInitializationIpConfigIpv6 {
    /**
    * The IPv6 address
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#address VirtualEnvironmentVm#address}
    */
    readonly address?: string;
    /**
    * The IPv6 gateway
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#gateway VirtualEnvironmentVm#gateway}
    */
    readonly gateway?: string;
}
export declare function virtualEnvironmentVmInitializationIpConfigIpv6ToTerraform(struct?: VirtualEnvironmentVmInitializationIpConfigIpv6OutputReference | VirtualEnvironmentVmInitializationIpConfigIpv6): any;
export declare function virtualEnvironmentVmInitializationIpConfigIpv6ToHclTerraform(struct?: VirtualEnvironmentVmInitializationIpConfigIpv6OutputReference | VirtualEnvironmentVmInitializationIpConfigIpv6): any;
export declare class VirtualEnvironmentVmInitializationIpConfigIpv6OutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmInitializationIpConfigIpv6 | undefined;
    set internalValue(value: VirtualEnvironmentVmInitializationIpConfigIpv6 | undefined);
    private _address?;
    get address(): string;
    set address(value: string);
    resetAddress(): void;
    get addressInput(): string | undefined;
    private _gateway?;
    get gateway(): string;
    set gateway(value: string);
    resetGateway(): void;
    get gatewayInput(): string | undefined;
}
export interface VirtualEnvironmentVmInitializationIpConfig {
    /**
    * ipv4 block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#ipv4 VirtualEnvironmentVm#ipv4}
    */
    readonly ipv4?: VirtualEnvironmentVmInitializationIpConfigIpv4;
    /**
    * ipv6 block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#ipv6 VirtualEnvironmentVm#ipv6}
    */
    readonly ipv6?: VirtualEnvironmentVmInitializationIpConfigIpv6;
}
export declare function virtualEnvironmentVmInitializationIpConfigToTerraform(struct?: VirtualEnvironmentVmInitializationIpConfig | cdktf.IResolvable): any;
export declare function virtualEnvironmentVmInitializationIpConfigToHclTerraform(struct?: VirtualEnvironmentVmInitializationIpConfig | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVmInitializationIpConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentVmInitializationIpConfig | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVmInitializationIpConfig | cdktf.IResolvable | undefined);
    private _ipv4;
    get ipv4(): VirtualEnvironmentVmInitializationIpConfigIpv4OutputReference;
    putIpv4(value: VirtualEnvironmentVmInitializationIpConfigIpv4): void;
    resetIpv4(): void;
    get ipv4Input(): VirtualEnvironmentVmInitializationIpConfigIpv4 | undefined;
    private _ipv6;
    get ipv6(): VirtualEnvironmentVmInitializationIpConfigIpv6OutputReference;
    putIpv6(value: VirtualEnvironmentVmInitializationIpConfigIpv6): void;
    resetIpv6(): void;
    get ipv6Input(): VirtualEnvironmentVmInitializationIpConfigIpv6 | undefined;
}
export declare class VirtualEnvironmentVmInitializationIpConfigList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentVmInitializationIpConfig[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentVmInitializationIpConfigOutputReference;
}
export interface VirtualEnvironmentVmInitializationUserAccount {
    /**
    * The SSH keys
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#keys VirtualEnvironmentVm#keys}
    */
    readonly keys?: string[];
    /**
    * The SSH password
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#password VirtualEnvironmentVm#password}
    */
    readonly password?: string;
    /**
    * The SSH username
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#username VirtualEnvironmentVm#username}
    */
    readonly username?: string;
}
export declare function virtualEnvironmentVmInitializationUserAccountToTerraform(struct?: VirtualEnvironmentVmInitializationUserAccountOutputReference | VirtualEnvironmentVmInitializationUserAccount): any;
export declare function virtualEnvironmentVmInitializationUserAccountToHclTerraform(struct?: VirtualEnvironmentVmInitializationUserAccountOutputReference | VirtualEnvironmentVmInitializationUserAccount): any;
export declare class VirtualEnvironmentVmInitializationUserAccountOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmInitializationUserAccount | undefined;
    set internalValue(value: VirtualEnvironmentVmInitializationUserAccount | undefined);
    private _keys?;
    get keys(): string[];
    set keys(value: string[]);
    resetKeys(): void;
    get keysInput(): string[] | undefined;
    private _password?;
    get password(): string;
    set password(value: string);
    resetPassword(): void;
    get passwordInput(): string | undefined;
    private _username?;
    get username(): string;
    set username(value: string);
    resetUsername(): void;
    get usernameInput(): string | undefined;
}
export interface VirtualEnvironmentVmInitialization {
    /**
    * The datastore id
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#datastore_id VirtualEnvironmentVm#datastore_id}
    */
    readonly datastoreId?: string;
    /**
    * The file format
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#file_format VirtualEnvironmentVm#file_format}
    */
    readonly fileFormat?: string;
    /**
    * The IDE interface on which the CloudInit drive will be added
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#interface VirtualEnvironmentVm#interface}
    */
    readonly interface?: string;
    /**
    * The ID of a file containing meta data config
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#meta_data_file_id VirtualEnvironmentVm#meta_data_file_id}
    */
    readonly metaDataFileId?: string;
    /**
    * The ID of a file containing network config
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#network_data_file_id VirtualEnvironmentVm#network_data_file_id}
    */
    readonly networkDataFileId?: string;
    /**
    * The cloud-init configuration format
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#type VirtualEnvironmentVm#type}
    */
    readonly type?: string;
    /**
    * Whether to do an automatic package upgrade after the first boot (defaults to `true` in Proxmox). Setting this is only allowed for `root@pam` authenticated user.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#upgrade VirtualEnvironmentVm#upgrade}
    */
    readonly upgrade?: boolean | cdktf.IResolvable;
    /**
    * The ID of a file containing custom user data
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#user_data_file_id VirtualEnvironmentVm#user_data_file_id}
    */
    readonly userDataFileId?: string;
    /**
    * The ID of a file containing vendor data
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#vendor_data_file_id VirtualEnvironmentVm#vendor_data_file_id}
    */
    readonly vendorDataFileId?: string;
    /**
    * dns block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#dns VirtualEnvironmentVm#dns}
    */
    readonly dns?: VirtualEnvironmentVmInitializationDns;
    /**
    * ip_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#ip_config VirtualEnvironmentVm#ip_config}
    */
    readonly ipConfig?: VirtualEnvironmentVmInitializationIpConfig[] | cdktf.IResolvable;
    /**
    * user_account block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#user_account VirtualEnvironmentVm#user_account}
    */
    readonly userAccount?: VirtualEnvironmentVmInitializationUserAccount;
}
export declare function virtualEnvironmentVmInitializationToTerraform(struct?: VirtualEnvironmentVmInitializationOutputReference | VirtualEnvironmentVmInitialization): any;
export declare function virtualEnvironmentVmInitializationToHclTerraform(struct?: VirtualEnvironmentVmInitializationOutputReference | VirtualEnvironmentVmInitialization): any;
export declare class VirtualEnvironmentVmInitializationOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmInitialization | undefined;
    set internalValue(value: VirtualEnvironmentVmInitialization | undefined);
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    resetDatastoreId(): void;
    get datastoreIdInput(): string | undefined;
    private _fileFormat?;
    get fileFormat(): string;
    set fileFormat(value: string);
    resetFileFormat(): void;
    get fileFormatInput(): string | undefined;
    private _interface?;
    get interface(): string;
    set interface(value: string);
    resetInterface(): void;
    get interfaceInput(): string | undefined;
    private _metaDataFileId?;
    get metaDataFileId(): string;
    set metaDataFileId(value: string);
    resetMetaDataFileId(): void;
    get metaDataFileIdInput(): string | undefined;
    private _networkDataFileId?;
    get networkDataFileId(): string;
    set networkDataFileId(value: string);
    resetNetworkDataFileId(): void;
    get networkDataFileIdInput(): string | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
    private _upgrade?;
    get upgrade(): boolean | cdktf.IResolvable;
    set upgrade(value: boolean | cdktf.IResolvable);
    resetUpgrade(): void;
    get upgradeInput(): boolean | cdktf.IResolvable | undefined;
    private _userDataFileId?;
    get userDataFileId(): string;
    set userDataFileId(value: string);
    resetUserDataFileId(): void;
    get userDataFileIdInput(): string | undefined;
    private _vendorDataFileId?;
    get vendorDataFileId(): string;
    set vendorDataFileId(value: string);
    resetVendorDataFileId(): void;
    get vendorDataFileIdInput(): string | undefined;
    private _dns;
    get dns(): VirtualEnvironmentVmInitializationDnsOutputReference;
    putDns(value: VirtualEnvironmentVmInitializationDns): void;
    resetDns(): void;
    get dnsInput(): VirtualEnvironmentVmInitializationDns | undefined;
    private _ipConfig;
    get ipConfig(): VirtualEnvironmentVmInitializationIpConfigList;
    putIpConfig(value: VirtualEnvironmentVmInitializationIpConfig[] | cdktf.IResolvable): void;
    resetIpConfig(): void;
    get ipConfigInput(): cdktf.IResolvable | VirtualEnvironmentVmInitializationIpConfig[] | undefined;
    private _userAccount;
    get userAccount(): VirtualEnvironmentVmInitializationUserAccountOutputReference;
    putUserAccount(value: VirtualEnvironmentVmInitializationUserAccount): void;
    resetUserAccount(): void;
    get userAccountInput(): VirtualEnvironmentVmInitializationUserAccount | undefined;
}
export interface VirtualEnvironmentVmMemory {
    /**
    * The dedicated memory in megabytes
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#dedicated VirtualEnvironmentVm#dedicated}
    */
    readonly dedicated?: number;
    /**
    * The floating memory in megabytes (balloon)
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#floating VirtualEnvironmentVm#floating}
    */
    readonly floating?: number;
    /**
    * Enable/disable hugepages memory
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#hugepages VirtualEnvironmentVm#hugepages}
    */
    readonly hugepages?: string;
    /**
    * Hugepages will not be deleted after VM shutdown and can be used for subsequent starts
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#keep_hugepages VirtualEnvironmentVm#keep_hugepages}
    */
    readonly keepHugepages?: boolean | cdktf.IResolvable;
    /**
    * The shared memory in megabytes
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#shared VirtualEnvironmentVm#shared}
    */
    readonly shared?: number;
}
export declare function virtualEnvironmentVmMemoryToTerraform(struct?: VirtualEnvironmentVmMemoryOutputReference | VirtualEnvironmentVmMemory): any;
export declare function virtualEnvironmentVmMemoryToHclTerraform(struct?: VirtualEnvironmentVmMemoryOutputReference | VirtualEnvironmentVmMemory): any;
export declare class VirtualEnvironmentVmMemoryOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmMemory | undefined;
    set internalValue(value: VirtualEnvironmentVmMemory | undefined);
    private _dedicated?;
    get dedicated(): number;
    set dedicated(value: number);
    resetDedicated(): void;
    get dedicatedInput(): number | undefined;
    private _floating?;
    get floating(): number;
    set floating(value: number);
    resetFloating(): void;
    get floatingInput(): number | undefined;
    private _hugepages?;
    get hugepages(): string;
    set hugepages(value: string);
    resetHugepages(): void;
    get hugepagesInput(): string | undefined;
    private _keepHugepages?;
    get keepHugepages(): boolean | cdktf.IResolvable;
    set keepHugepages(value: boolean | cdktf.IResolvable);
    resetKeepHugepages(): void;
    get keepHugepagesInput(): boolean | cdktf.IResolvable | undefined;
    private _shared?;
    get shared(): number;
    set shared(value: number);
    resetShared(): void;
    get sharedInput(): number | undefined;
}
export interface VirtualEnvironmentVmNuma {
    /**
    * CPUs accessing this NUMA node
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#cpus VirtualEnvironmentVm#cpus}
    */
    readonly cpus: string;
    /**
    * Numa node device ID
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#device VirtualEnvironmentVm#device}
    */
    readonly device: string;
    /**
    * Host NUMA nodes to use
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#hostnodes VirtualEnvironmentVm#hostnodes}
    */
    readonly hostnodes?: string;
    /**
    * Amount of memory this NUMA node provides
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#memory VirtualEnvironmentVm#memory}
    */
    readonly memory: number;
    /**
    * NUMA policy
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#policy VirtualEnvironmentVm#policy}
    */
    readonly policy?: string;
}
export declare function virtualEnvironmentVmNumaToTerraform(struct?: VirtualEnvironmentVmNuma | cdktf.IResolvable): any;
export declare function virtualEnvironmentVmNumaToHclTerraform(struct?: VirtualEnvironmentVmNuma | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVmNumaOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentVmNuma | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVmNuma | cdktf.IResolvable | undefined);
    private _cpus?;
    get cpus(): string;
    set cpus(value: string);
    get cpusInput(): string | undefined;
    private _device?;
    get device(): string;
    set device(value: string);
    get deviceInput(): string | undefined;
    private _hostnodes?;
    get hostnodes(): string;
    set hostnodes(value: string);
    resetHostnodes(): void;
    get hostnodesInput(): string | undefined;
    private _memory?;
    get memory(): number;
    set memory(value: number);
    get memoryInput(): number | undefined;
    private _policy?;
    get policy(): string;
    set policy(value: string);
    resetPolicy(): void;
    get policyInput(): string | undefined;
}
export declare class VirtualEnvironmentVmNumaList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentVmNuma[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentVmNumaOutputReference;
}
export interface VirtualEnvironmentVmOperatingSystem {
    /**
    * The type
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#type VirtualEnvironmentVm#type}
    */
    readonly type?: string;
}
export declare function virtualEnvironmentVmOperatingSystemToTerraform(struct?: VirtualEnvironmentVmOperatingSystemOutputReference | VirtualEnvironmentVmOperatingSystem): any;
export declare function virtualEnvironmentVmOperatingSystemToHclTerraform(struct?: VirtualEnvironmentVmOperatingSystemOutputReference | VirtualEnvironmentVmOperatingSystem): any;
export declare class VirtualEnvironmentVmOperatingSystemOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmOperatingSystem | undefined;
    set internalValue(value: VirtualEnvironmentVmOperatingSystem | undefined);
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
}
export interface VirtualEnvironmentVmRng {
    /**
    * Maximum bytes of entropy allowed to get injected into the guest every `period` milliseconds. Prefer a lower value when using `/dev/random` as source.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#max_bytes VirtualEnvironmentVm#max_bytes}
    */
    readonly maxBytes?: number;
    /**
    * Every `period` milliseconds the entropy-injection quota is reset, allowing the guest to retrieve another `max_bytes` of entropy.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#period VirtualEnvironmentVm#period}
    */
    readonly period?: number;
    /**
    * The file on the host to gather entropy from. In most cases, `/dev/urandom` should be preferred over `/dev/random` to avoid entropy-starvation issues on the host.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#source VirtualEnvironmentVm#source}
    */
    readonly source: string;
}
export declare function virtualEnvironmentVmRngToTerraform(struct?: VirtualEnvironmentVmRng | cdktf.IResolvable): any;
export declare function virtualEnvironmentVmRngToHclTerraform(struct?: VirtualEnvironmentVmRng | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVmRngOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentVmRng | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVmRng | cdktf.IResolvable | undefined);
    private _maxBytes?;
    get maxBytes(): number;
    set maxBytes(value: number);
    resetMaxBytes(): void;
    get maxBytesInput(): number | undefined;
    private _period?;
    get period(): number;
    set period(value: number);
    resetPeriod(): void;
    get periodInput(): number | undefined;
    private _source?;
    get source(): string;
    set source(value: string);
    get sourceInput(): string | undefined;
}
export declare class VirtualEnvironmentVmRngList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentVmRng[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentVmRngOutputReference;
}
export interface VirtualEnvironmentVmSerialDevice {
    /**
    * The device
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#device VirtualEnvironmentVm#device}
    */
    readonly device?: string;
}
export declare function virtualEnvironmentVmSerialDeviceToTerraform(struct?: VirtualEnvironmentVmSerialDevice | cdktf.IResolvable): any;
export declare function virtualEnvironmentVmSerialDeviceToHclTerraform(struct?: VirtualEnvironmentVmSerialDevice | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVmSerialDeviceOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentVmSerialDevice | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVmSerialDevice | cdktf.IResolvable | undefined);
    private _device?;
    get device(): string;
    set device(value: string);
    resetDevice(): void;
    get deviceInput(): string | undefined;
}
export declare class VirtualEnvironmentVmSerialDeviceList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentVmSerialDevice[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentVmSerialDeviceOutputReference;
}
export interface VirtualEnvironmentVmSmbios {
    /**
    * Sets SMBIOS family string
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#family VirtualEnvironmentVm#family}
    */
    readonly family?: string;
    /**
    * Sets SMBIOS manufacturer
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#manufacturer VirtualEnvironmentVm#manufacturer}
    */
    readonly manufacturer?: string;
    /**
    * Sets SMBIOS product ID
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#product VirtualEnvironmentVm#product}
    */
    readonly product?: string;
    /**
    * Sets SMBIOS serial number
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#serial VirtualEnvironmentVm#serial}
    */
    readonly serial?: string;
    /**
    * Sets SMBIOS SKU
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#sku VirtualEnvironmentVm#sku}
    */
    readonly sku?: string;
    /**
    * Sets SMBIOS UUID
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#uuid VirtualEnvironmentVm#uuid}
    */
    readonly uuid?: string;
    /**
    * Sets SMBIOS version
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#version VirtualEnvironmentVm#version}
    */
    readonly version?: string;
}
export declare function virtualEnvironmentVmSmbiosToTerraform(struct?: VirtualEnvironmentVmSmbiosOutputReference | VirtualEnvironmentVmSmbios): any;
export declare function virtualEnvironmentVmSmbiosToHclTerraform(struct?: VirtualEnvironmentVmSmbiosOutputReference | VirtualEnvironmentVmSmbios): any;
export declare class VirtualEnvironmentVmSmbiosOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmSmbios | undefined;
    set internalValue(value: VirtualEnvironmentVmSmbios | undefined);
    private _family?;
    get family(): string;
    set family(value: string);
    resetFamily(): void;
    get familyInput(): string | undefined;
    private _manufacturer?;
    get manufacturer(): string;
    set manufacturer(value: string);
    resetManufacturer(): void;
    get manufacturerInput(): string | undefined;
    private _product?;
    get product(): string;
    set product(value: string);
    resetProduct(): void;
    get productInput(): string | undefined;
    private _serial?;
    get serial(): string;
    set serial(value: string);
    resetSerial(): void;
    get serialInput(): string | undefined;
    private _sku?;
    get sku(): string;
    set sku(value: string);
    resetSku(): void;
    get skuInput(): string | undefined;
    private _uuid?;
    get uuid(): string;
    set uuid(value: string);
    resetUuid(): void;
    get uuidInput(): string | undefined;
    private _version?;
    get version(): string;
    set version(value: string);
    resetVersion(): void;
    get versionInput(): string | undefined;
}
export interface VirtualEnvironmentVmStartup {
    /**
    * A non-negative number defining the delay in seconds before the next VM is shut down
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#down_delay VirtualEnvironmentVm#down_delay}
    */
    readonly downDelay?: number;
    /**
    * A non-negative number defining the general startup order
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#order VirtualEnvironmentVm#order}
    */
    readonly order?: number;
    /**
    * A non-negative number defining the delay in seconds before the next VM is started
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#up_delay VirtualEnvironmentVm#up_delay}
    */
    readonly upDelay?: number;
}
export declare function virtualEnvironmentVmStartupToTerraform(struct?: VirtualEnvironmentVmStartupOutputReference | VirtualEnvironmentVmStartup): any;
export declare function virtualEnvironmentVmStartupToHclTerraform(struct?: VirtualEnvironmentVmStartupOutputReference | VirtualEnvironmentVmStartup): any;
export declare class VirtualEnvironmentVmStartupOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmStartup | undefined;
    set internalValue(value: VirtualEnvironmentVmStartup | undefined);
    private _downDelay?;
    get downDelay(): number;
    set downDelay(value: number);
    resetDownDelay(): void;
    get downDelayInput(): number | undefined;
    private _order?;
    get order(): number;
    set order(value: number);
    resetOrder(): void;
    get orderInput(): number | undefined;
    private _upDelay?;
    get upDelay(): number;
    set upDelay(value: number);
    resetUpDelay(): void;
    get upDelayInput(): number | undefined;
}
export interface VirtualEnvironmentVmTpmState {
    /**
    * Datastore ID
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#datastore_id VirtualEnvironmentVm#datastore_id}
    */
    readonly datastoreId?: string;
    /**
    * TPM version
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#version VirtualEnvironmentVm#version}
    */
    readonly version?: string;
}
export declare function virtualEnvironmentVmTpmStateToTerraform(struct?: VirtualEnvironmentVmTpmStateOutputReference | VirtualEnvironmentVmTpmState): any;
export declare function virtualEnvironmentVmTpmStateToHclTerraform(struct?: VirtualEnvironmentVmTpmStateOutputReference | VirtualEnvironmentVmTpmState): any;
export declare class VirtualEnvironmentVmTpmStateOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmTpmState | undefined;
    set internalValue(value: VirtualEnvironmentVmTpmState | undefined);
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    resetDatastoreId(): void;
    get datastoreIdInput(): string | undefined;
    private _version?;
    get version(): string;
    set version(value: string);
    resetVersion(): void;
    get versionInput(): string | undefined;
}
export interface VirtualEnvironmentVmUsb {
    /**
    * The USB device ID for Proxmox, in form of '<MANUFACTURER>:<ID>'
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#host VirtualEnvironmentVm#host}
    */
    readonly host?: string;
    /**
    * The resource mapping name of the device, for example usbdisk. Use either this or id.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#mapping VirtualEnvironmentVm#mapping}
    */
    readonly mapping?: string;
    /**
    * Makes the USB device a USB3 device for the machine. Default is false
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#usb3 VirtualEnvironmentVm#usb3}
    */
    readonly usb3?: boolean | cdktf.IResolvable;
}
export declare function virtualEnvironmentVmUsbToTerraform(struct?: VirtualEnvironmentVmUsb | cdktf.IResolvable): any;
export declare function virtualEnvironmentVmUsbToHclTerraform(struct?: VirtualEnvironmentVmUsb | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVmUsbOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentVmUsb | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVmUsb | cdktf.IResolvable | undefined);
    private _host?;
    get host(): string;
    set host(value: string);
    resetHost(): void;
    get hostInput(): string | undefined;
    private _mapping?;
    get mapping(): string;
    set mapping(value: string);
    resetMapping(): void;
    get mappingInput(): string | undefined;
    private _usb3?;
    get usb3(): boolean | cdktf.IResolvable;
    set usb3(value: boolean | cdktf.IResolvable);
    resetUsb3(): void;
    get usb3Input(): boolean | cdktf.IResolvable | undefined;
}
export declare class VirtualEnvironmentVmUsbList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentVmUsb[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentVmUsbOutputReference;
}
export interface VirtualEnvironmentVmVga {
    /**
    * Enable clipboard support. Set to `vnc` to enable clipboard support for VNC.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#clipboard VirtualEnvironmentVm#clipboard}
    */
    readonly clipboard?: string;
    /**
    * The VGA memory in megabytes (4-512 MB)
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#memory VirtualEnvironmentVm#memory}
    */
    readonly memory?: number;
    /**
    * The VGA type
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#type VirtualEnvironmentVm#type}
    */
    readonly type?: string;
}
export declare function virtualEnvironmentVmVgaToTerraform(struct?: VirtualEnvironmentVmVgaOutputReference | VirtualEnvironmentVmVga): any;
export declare function virtualEnvironmentVmVgaToHclTerraform(struct?: VirtualEnvironmentVmVgaOutputReference | VirtualEnvironmentVmVga): any;
export declare class VirtualEnvironmentVmVgaOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmVga | undefined;
    set internalValue(value: VirtualEnvironmentVmVga | undefined);
    private _clipboard?;
    get clipboard(): string;
    set clipboard(value: string);
    resetClipboard(): void;
    get clipboardInput(): string | undefined;
    private _memory?;
    get memory(): number;
    set memory(value: number);
    resetMemory(): void;
    get memoryInput(): number | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
}
export interface VirtualEnvironmentVmVirtiofs {
    /**
    * The caching mode
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#cache VirtualEnvironmentVm#cache}
    */
    readonly cache?: string;
    /**
    * Whether to allow direct io
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#direct_io VirtualEnvironmentVm#direct_io}
    */
    readonly directIo?: boolean | cdktf.IResolvable;
    /**
    * Enable POSIX ACLs, implies xattr support
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#expose_acl VirtualEnvironmentVm#expose_acl}
    */
    readonly exposeAcl?: boolean | cdktf.IResolvable;
    /**
    * Enable support for extended attributes
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#expose_xattr VirtualEnvironmentVm#expose_xattr}
    */
    readonly exposeXattr?: boolean | cdktf.IResolvable;
    /**
    * Directory mapping identifier
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#mapping VirtualEnvironmentVm#mapping}
    */
    readonly mapping: string;
}
export declare function virtualEnvironmentVmVirtiofsToTerraform(struct?: VirtualEnvironmentVmVirtiofs | cdktf.IResolvable): any;
export declare function virtualEnvironmentVmVirtiofsToHclTerraform(struct?: VirtualEnvironmentVmVirtiofs | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVmVirtiofsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentVmVirtiofs | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVmVirtiofs | cdktf.IResolvable | undefined);
    private _cache?;
    get cache(): string;
    set cache(value: string);
    resetCache(): void;
    get cacheInput(): string | undefined;
    private _directIo?;
    get directIo(): boolean | cdktf.IResolvable;
    set directIo(value: boolean | cdktf.IResolvable);
    resetDirectIo(): void;
    get directIoInput(): boolean | cdktf.IResolvable | undefined;
    private _exposeAcl?;
    get exposeAcl(): boolean | cdktf.IResolvable;
    set exposeAcl(value: boolean | cdktf.IResolvable);
    resetExposeAcl(): void;
    get exposeAclInput(): boolean | cdktf.IResolvable | undefined;
    private _exposeXattr?;
    get exposeXattr(): boolean | cdktf.IResolvable;
    set exposeXattr(value: boolean | cdktf.IResolvable);
    resetExposeXattr(): void;
    get exposeXattrInput(): boolean | cdktf.IResolvable | undefined;
    private _mapping?;
    get mapping(): string;
    set mapping(value: string);
    get mappingInput(): string | undefined;
}
export declare class VirtualEnvironmentVmVirtiofsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentVmVirtiofs[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentVmVirtiofsOutputReference;
}
export interface VirtualEnvironmentVmWatchdog {
    /**
    * The watchdog action
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#action VirtualEnvironmentVm#action}
    */
    readonly action?: string;
    /**
    * Whether the watchdog is enabled
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#enabled VirtualEnvironmentVm#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * The watchdog model
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#model VirtualEnvironmentVm#model}
    */
    readonly model?: string;
}
export declare function virtualEnvironmentVmWatchdogToTerraform(struct?: VirtualEnvironmentVmWatchdogOutputReference | VirtualEnvironmentVmWatchdog): any;
export declare function virtualEnvironmentVmWatchdogToHclTerraform(struct?: VirtualEnvironmentVmWatchdogOutputReference | VirtualEnvironmentVmWatchdog): any;
export declare class VirtualEnvironmentVmWatchdogOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVmWatchdog | undefined;
    set internalValue(value: VirtualEnvironmentVmWatchdog | undefined);
    private _action?;
    get action(): string;
    set action(value: string);
    resetAction(): void;
    get actionInput(): string | undefined;
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    private _model?;
    get model(): string;
    set model(value: string);
    resetModel(): void;
    get modelInput(): string | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm proxmox_virtual_environment_vm}
*/
export declare class VirtualEnvironmentVm extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_vm";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentVm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentVm to import
    * @param importFromId The id of the existing VirtualEnvironmentVm that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentVm to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm proxmox_virtual_environment_vm} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentVmConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentVmConfig);
    private _acpi?;
    get acpi(): boolean | cdktf.IResolvable;
    set acpi(value: boolean | cdktf.IResolvable);
    resetAcpi(): void;
    get acpiInput(): boolean | cdktf.IResolvable | undefined;
    private _bios?;
    get bios(): string;
    set bios(value: string);
    resetBios(): void;
    get biosInput(): string | undefined;
    private _bootOrder?;
    get bootOrder(): string[];
    set bootOrder(value: string[]);
    resetBootOrder(): void;
    get bootOrderInput(): string[] | undefined;
    private _deleteUnreferencedDisksOnDestroy?;
    get deleteUnreferencedDisksOnDestroy(): boolean | cdktf.IResolvable;
    set deleteUnreferencedDisksOnDestroy(value: boolean | cdktf.IResolvable);
    resetDeleteUnreferencedDisksOnDestroy(): void;
    get deleteUnreferencedDisksOnDestroyInput(): boolean | cdktf.IResolvable | undefined;
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string | undefined;
    private _hookScriptFileId?;
    get hookScriptFileId(): string;
    set hookScriptFileId(value: string);
    resetHookScriptFileId(): void;
    get hookScriptFileIdInput(): string | undefined;
    private _hotplug?;
    get hotplug(): string;
    set hotplug(value: string);
    resetHotplug(): void;
    get hotplugInput(): string | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _ipv4Addresses;
    get ipv4Addresses(): cdktf.StringListList;
    private _ipv6Addresses;
    get ipv6Addresses(): cdktf.StringListList;
    private _keyboardLayout?;
    get keyboardLayout(): string;
    set keyboardLayout(value: string);
    resetKeyboardLayout(): void;
    get keyboardLayoutInput(): string | undefined;
    private _kvmArguments?;
    get kvmArguments(): string;
    set kvmArguments(value: string);
    resetKvmArguments(): void;
    get kvmArgumentsInput(): string | undefined;
    private _macAddresses?;
    get macAddresses(): string[];
    set macAddresses(value: string[]);
    resetMacAddresses(): void;
    get macAddressesInput(): string[] | undefined;
    private _machine?;
    get machine(): string;
    set machine(value: string);
    resetMachine(): void;
    get machineInput(): string | undefined;
    private _migrate?;
    get migrate(): boolean | cdktf.IResolvable;
    set migrate(value: boolean | cdktf.IResolvable);
    resetMigrate(): void;
    get migrateInput(): boolean | cdktf.IResolvable | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string | undefined;
    private _networkDevice;
    get networkDevice(): VirtualEnvironmentVmNetworkDeviceList;
    putNetworkDevice(value: VirtualEnvironmentVmNetworkDevice[] | cdktf.IResolvable): void;
    resetNetworkDevice(): void;
    get networkDeviceInput(): cdktf.IResolvable | VirtualEnvironmentVmNetworkDevice[] | undefined;
    get networkInterfaceNames(): string[];
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    private _onBoot?;
    get onBoot(): boolean | cdktf.IResolvable;
    set onBoot(value: boolean | cdktf.IResolvable);
    resetOnBoot(): void;
    get onBootInput(): boolean | cdktf.IResolvable | undefined;
    private _poolId?;
    get poolId(): string;
    set poolId(value: string);
    resetPoolId(): void;
    get poolIdInput(): string | undefined;
    private _protection?;
    get protection(): boolean | cdktf.IResolvable;
    set protection(value: boolean | cdktf.IResolvable);
    resetProtection(): void;
    get protectionInput(): boolean | cdktf.IResolvable | undefined;
    private _purgeOnDestroy?;
    get purgeOnDestroy(): boolean | cdktf.IResolvable;
    set purgeOnDestroy(value: boolean | cdktf.IResolvable);
    resetPurgeOnDestroy(): void;
    get purgeOnDestroyInput(): boolean | cdktf.IResolvable | undefined;
    private _reboot?;
    get reboot(): boolean | cdktf.IResolvable;
    set reboot(value: boolean | cdktf.IResolvable);
    resetReboot(): void;
    get rebootInput(): boolean | cdktf.IResolvable | undefined;
    private _rebootAfterUpdate?;
    get rebootAfterUpdate(): boolean | cdktf.IResolvable;
    set rebootAfterUpdate(value: boolean | cdktf.IResolvable);
    resetRebootAfterUpdate(): void;
    get rebootAfterUpdateInput(): boolean | cdktf.IResolvable | undefined;
    private _scsiHardware?;
    get scsiHardware(): string;
    set scsiHardware(value: string);
    resetScsiHardware(): void;
    get scsiHardwareInput(): string | undefined;
    private _started?;
    get started(): boolean | cdktf.IResolvable;
    set started(value: boolean | cdktf.IResolvable);
    resetStarted(): void;
    get startedInput(): boolean | cdktf.IResolvable | undefined;
    private _stopOnDestroy?;
    get stopOnDestroy(): boolean | cdktf.IResolvable;
    set stopOnDestroy(value: boolean | cdktf.IResolvable);
    resetStopOnDestroy(): void;
    get stopOnDestroyInput(): boolean | cdktf.IResolvable | undefined;
    private _tabletDevice?;
    get tabletDevice(): boolean | cdktf.IResolvable;
    set tabletDevice(value: boolean | cdktf.IResolvable);
    resetTabletDevice(): void;
    get tabletDeviceInput(): boolean | cdktf.IResolvable | undefined;
    private _tags?;
    get tags(): string[];
    set tags(value: string[]);
    resetTags(): void;
    get tagsInput(): string[] | undefined;
    private _template?;
    get template(): boolean | cdktf.IResolvable;
    set template(value: boolean | cdktf.IResolvable);
    resetTemplate(): void;
    get templateInput(): boolean | cdktf.IResolvable | undefined;
    private _timeoutClone?;
    get timeoutClone(): number;
    set timeoutClone(value: number);
    resetTimeoutClone(): void;
    get timeoutCloneInput(): number | undefined;
    private _timeoutCreate?;
    get timeoutCreate(): number;
    set timeoutCreate(value: number);
    resetTimeoutCreate(): void;
    get timeoutCreateInput(): number | undefined;
    private _timeoutMigrate?;
    get timeoutMigrate(): number;
    set timeoutMigrate(value: number);
    resetTimeoutMigrate(): void;
    get timeoutMigrateInput(): number | undefined;
    private _timeoutMoveDisk?;
    get timeoutMoveDisk(): number;
    set timeoutMoveDisk(value: number);
    resetTimeoutMoveDisk(): void;
    get timeoutMoveDiskInput(): number | undefined;
    private _timeoutReboot?;
    get timeoutReboot(): number;
    set timeoutReboot(value: number);
    resetTimeoutReboot(): void;
    get timeoutRebootInput(): number | undefined;
    private _timeoutShutdownVm?;
    get timeoutShutdownVm(): number;
    set timeoutShutdownVm(value: number);
    resetTimeoutShutdownVm(): void;
    get timeoutShutdownVmInput(): number | undefined;
    private _timeoutStartVm?;
    get timeoutStartVm(): number;
    set timeoutStartVm(value: number);
    resetTimeoutStartVm(): void;
    get timeoutStartVmInput(): number | undefined;
    private _timeoutStopVm?;
    get timeoutStopVm(): number;
    set timeoutStopVm(value: number);
    resetTimeoutStopVm(): void;
    get timeoutStopVmInput(): number | undefined;
    private _vmId?;
    get vmId(): number;
    set vmId(value: number);
    resetVmId(): void;
    get vmIdInput(): number | undefined;
    private _agent;
    get agent(): VirtualEnvironmentVmAgentOutputReference;
    putAgent(value: VirtualEnvironmentVmAgent): void;
    resetAgent(): void;
    get agentInput(): VirtualEnvironmentVmAgent | undefined;
    private _amdSev;
    get amdSev(): VirtualEnvironmentVmAmdSevOutputReference;
    putAmdSev(value: VirtualEnvironmentVmAmdSev): void;
    resetAmdSev(): void;
    get amdSevInput(): VirtualEnvironmentVmAmdSev | undefined;
    private _audioDevice;
    get audioDevice(): VirtualEnvironmentVmAudioDeviceOutputReference;
    putAudioDevice(value: VirtualEnvironmentVmAudioDevice): void;
    resetAudioDevice(): void;
    get audioDeviceInput(): VirtualEnvironmentVmAudioDevice | undefined;
    private _cdrom;
    get cdrom(): VirtualEnvironmentVmCdromOutputReference;
    putCdrom(value: VirtualEnvironmentVmCdrom): void;
    resetCdrom(): void;
    get cdromInput(): VirtualEnvironmentVmCdrom | undefined;
    private _clone;
    get clone(): VirtualEnvironmentVmCloneOutputReference;
    putClone(value: VirtualEnvironmentVmClone): void;
    resetClone(): void;
    get cloneInput(): VirtualEnvironmentVmClone | undefined;
    private _cpu;
    get cpu(): VirtualEnvironmentVmCpuOutputReference;
    putCpu(value: VirtualEnvironmentVmCpu): void;
    resetCpu(): void;
    get cpuInput(): VirtualEnvironmentVmCpu | undefined;
    private _disk;
    get disk(): VirtualEnvironmentVmDiskList;
    putDisk(value: VirtualEnvironmentVmDisk[] | cdktf.IResolvable): void;
    resetDisk(): void;
    get diskInput(): cdktf.IResolvable | VirtualEnvironmentVmDisk[] | undefined;
    private _efiDisk;
    get efiDisk(): VirtualEnvironmentVmEfiDiskOutputReference;
    putEfiDisk(value: VirtualEnvironmentVmEfiDisk): void;
    resetEfiDisk(): void;
    get efiDiskInput(): VirtualEnvironmentVmEfiDisk | undefined;
    private _hostpci;
    get hostpci(): VirtualEnvironmentVmHostpciList;
    putHostpci(value: VirtualEnvironmentVmHostpci[] | cdktf.IResolvable): void;
    resetHostpci(): void;
    get hostpciInput(): cdktf.IResolvable | VirtualEnvironmentVmHostpci[] | undefined;
    private _initialization;
    get initialization(): VirtualEnvironmentVmInitializationOutputReference;
    putInitialization(value: VirtualEnvironmentVmInitialization): void;
    resetInitialization(): void;
    get initializationInput(): VirtualEnvironmentVmInitialization | undefined;
    private _memory;
    get memory(): VirtualEnvironmentVmMemoryOutputReference;
    putMemory(value: VirtualEnvironmentVmMemory): void;
    resetMemory(): void;
    get memoryInput(): VirtualEnvironmentVmMemory | undefined;
    private _numa;
    get numa(): VirtualEnvironmentVmNumaList;
    putNuma(value: VirtualEnvironmentVmNuma[] | cdktf.IResolvable): void;
    resetNuma(): void;
    get numaInput(): cdktf.IResolvable | VirtualEnvironmentVmNuma[] | undefined;
    private _operatingSystem;
    get operatingSystem(): VirtualEnvironmentVmOperatingSystemOutputReference;
    putOperatingSystem(value: VirtualEnvironmentVmOperatingSystem): void;
    resetOperatingSystem(): void;
    get operatingSystemInput(): VirtualEnvironmentVmOperatingSystem | undefined;
    private _rng;
    get rng(): VirtualEnvironmentVmRngList;
    putRng(value: VirtualEnvironmentVmRng[] | cdktf.IResolvable): void;
    resetRng(): void;
    get rngInput(): cdktf.IResolvable | VirtualEnvironmentVmRng[] | undefined;
    private _serialDevice;
    get serialDevice(): VirtualEnvironmentVmSerialDeviceList;
    putSerialDevice(value: VirtualEnvironmentVmSerialDevice[] | cdktf.IResolvable): void;
    resetSerialDevice(): void;
    get serialDeviceInput(): cdktf.IResolvable | VirtualEnvironmentVmSerialDevice[] | undefined;
    private _smbios;
    get smbios(): VirtualEnvironmentVmSmbiosOutputReference;
    putSmbios(value: VirtualEnvironmentVmSmbios): void;
    resetSmbios(): void;
    get smbiosInput(): VirtualEnvironmentVmSmbios | undefined;
    private _startup;
    get startup(): VirtualEnvironmentVmStartupOutputReference;
    putStartup(value: VirtualEnvironmentVmStartup): void;
    resetStartup(): void;
    get startupInput(): VirtualEnvironmentVmStartup | undefined;
    private _tpmState;
    get tpmState(): VirtualEnvironmentVmTpmStateOutputReference;
    putTpmState(value: VirtualEnvironmentVmTpmState): void;
    resetTpmState(): void;
    get tpmStateInput(): VirtualEnvironmentVmTpmState | undefined;
    private _usb;
    get usb(): VirtualEnvironmentVmUsbList;
    putUsb(value: VirtualEnvironmentVmUsb[] | cdktf.IResolvable): void;
    resetUsb(): void;
    get usbInput(): cdktf.IResolvable | VirtualEnvironmentVmUsb[] | undefined;
    private _vga;
    get vga(): VirtualEnvironmentVmVgaOutputReference;
    putVga(value: VirtualEnvironmentVmVga): void;
    resetVga(): void;
    get vgaInput(): VirtualEnvironmentVmVga | undefined;
    private _virtiofs;
    get virtiofs(): VirtualEnvironmentVmVirtiofsList;
    putVirtiofs(value: VirtualEnvironmentVmVirtiofs[] | cdktf.IResolvable): void;
    resetVirtiofs(): void;
    get virtiofsInput(): cdktf.IResolvable | VirtualEnvironmentVmVirtiofs[] | undefined;
    private _watchdog;
    get watchdog(): VirtualEnvironmentVmWatchdogOutputReference;
    putWatchdog(value: VirtualEnvironmentVmWatchdog): void;
    resetWatchdog(): void;
    get watchdogInput(): VirtualEnvironmentVmWatchdog | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
