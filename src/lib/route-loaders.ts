/**
 * Each screen's loader, registered by the app (app.tsx) and read by
 * route-preload.ts. Apart from it so that the first load carries only this.
 */
import type { RouteName } from './paths';

type Loader = () => Promise<unknown>;

let loaders: Partial<Record<RouteName, Loader>> = {};

export function registerRouteLoaders(next: Partial<Record<RouteName, Loader>>): void {
  loaders = next;
}

export function routeLoader(name: RouteName): Loader | undefined {
  return loaders[name];
}
