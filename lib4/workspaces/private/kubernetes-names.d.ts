/** Why a namespace is the cluster's own, or undefined. */
export declare function systemNamespaceProblem(ns: string): string | undefined;
