import type { LabView } from './lab-view';
/**
 * `rws lab diagram`: a picture of a lab (people, how they get in, the workspaces, storage,
 * network and egress), as one graph rendered two ways: a Mermaid `flowchart` and a
 * self-contained SVG laid out here (columns, no browser, no Mermaid CLI). Both are
 * deterministic: the same lab gives the same bytes.
 */
/** What a box is, for its colour. */
export type DiagramKind = 'person' | 'group' | 'access' | 'workspace' | 'storage' | 'network' | 'internet';
/** A box. */
export interface DiagramNode {
    readonly id: string;
    /** Lines of text; the first is the title. */
    readonly lines: string[];
    readonly kind: DiagramKind;
}
/** A titled group of boxes (a Mermaid subgraph; an SVG column section). */
export interface DiagramGroup {
    readonly id: string;
    readonly title: string;
    /** SVG column (groups of one column are stacked). */
    readonly column: number;
    readonly nodes: DiagramNode[];
}
/** An arrow between boxes or groups. */
export interface DiagramEdge {
    readonly from: string;
    readonly to: string;
    readonly label?: string;
    /** solid: owner / data path; dashed: an account or a membership; thick: every workspace. */
    readonly style: 'solid' | 'dashed' | 'thick';
}
/** The lab as a graph. */
export interface LabDiagram {
    readonly title: string;
    readonly subtitle: string;
    readonly groups: DiagramGroup[];
    readonly edges: DiagramEdge[];
}
/** Builds the graph of a lab. */
export declare function buildLabDiagram(view: LabView): LabDiagram;
/** Text for a Mermaid label: entity codes for the characters Mermaid or its HTML labels read. */
export declare function mermaidText(s: string): string;
/** The graph as a Mermaid flowchart. */
export declare function toMermaid(d: LabDiagram): string;
/** Text for XML content and attribute values, without characters XML 1.0 forbids. */
export declare function xmlText(s: string): string;
/** Wraps a line to at most `max` characters, at spaces or commas (long words are cut). */
export declare function wrap(text: string, max?: number): string[];
/** The graph as a standalone SVG document (columns, boxes, arrows; escaped text). */
export declare function toSvg(d: LabDiagram): string;
