/** A file size as people read it: `4.2 MB`, one decimal below 10 MB. */
export const formatMegabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
