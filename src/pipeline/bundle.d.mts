export declare const BUNDLE_ROOT: string;
export declare function bundleKey(fingerprint?: string): string;
export declare function buildBundle(outdir: string, fingerprint?: string): Promise<string[]>;
export declare function bundledCli(): Promise<string>;
export declare function buildSnapshot(outdir: string, fingerprint?: string): Promise<boolean>;
