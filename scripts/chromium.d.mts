export declare const CHROMIUM_ARGS: string[];
export declare const CHROMIUM_CANDIDATES: string[];
export declare function findChromium(warn?: (message: string) => void): string | null;
