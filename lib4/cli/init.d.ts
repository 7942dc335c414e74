import { CommandGroup } from './command';
/**
 * `rws init <dir>`: an institution's own lab repository, ready to synthesize. It writes the
 * package.json (this package and its peers at the versions it was built and tested with), the
 * CDK or CDK for Terraform settings, tsconfig.json, a main.ts that reads lab.yaml, a users file
 * with one user, a policy, one template of the lab's own that inherits a bundled one,
 * .gitignore and a README of next steps. `npm install && npx cdk synth` (AWS) or
 * `npm install && npm run synth` (Kubernetes, Proxmox VE) then succeeds with no edit.
 *
 * Only the workspace model is loaded here (to write the users lock), never aws-cdk-lib or cdktf.
 */
/** The backends `rws init` sets up. */
declare const BACKENDS: readonly ["aws", "kubernetes", "proxmox"];
type Backend = typeof BACKENDS[number];
/** What `rws init` knows of the package it belongs to. */
export interface PackageVersions {
    /** This package's version. */
    readonly version: string;
    /** Exact versions of the peer dependencies (the ones it was tested with). */
    readonly peers: {
        readonly [name: string]: string;
    };
    /** Versions of the tools a lab repository needs (CDK CLI, ts-node, TypeScript, Node types). */
    readonly tools: {
        readonly [name: string]: string;
    };
}
/** Reads this package's package.json (two levels above lib/cli and src/cli). */
export declare function packageVersions(root?: string): PackageVersions;
/** What a lab repository is made of. */
export interface InitOptions {
    /** Backend. */
    readonly backend: Backend;
    /** Lab name (lowercase letters, digits and `-`). */
    readonly name: string;
    /** The one research user. */
    readonly owner: string;
    /** AWS region. */
    readonly region: string;
    /** npm specifier of this package in package.json (`^1.2.0`, `file:../rws.tgz`). */
    readonly packageSpec: string;
    /** Versions of the peers and tools. */
    readonly versions: PackageVersions;
}
/** A lab name from a folder name: lowercase letters, digits and `-`, starting with a letter. */
export declare function labNameOf(dir: string): string;
/** The files of a lab repository, path -> content. */
export declare function labRepositoryFiles(o: InitOptions): Map<string, string>;
/**
 * Writes a lab repository into `dir` (created when missing). Refuses a folder that holds
 * anything unless `force`; with `force`, files of the same names are replaced and others kept.
 * Returns the files written, relative to `dir`.
 */
export declare function writeLabRepository(dir: string, o: InitOptions, force: boolean): string[];
/** `rws init`. */
export declare const initGroup: CommandGroup;
export {};
