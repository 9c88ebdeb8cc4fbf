/** The app's version, from package.json (vite.config.ts defines it). Shown in the footer for support. */
declare const __APP_VERSION__: string;
