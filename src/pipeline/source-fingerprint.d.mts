export declare const PIPELINE_DIR: string;
export declare function fingerprintFiles(pipelineDir: string): string[];
export declare function sourceFingerprint(): string;
export declare function packageVersion(pkg: string): string;
