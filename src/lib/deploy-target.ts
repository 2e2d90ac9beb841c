// Where the site is deployed: `site` (origin) and `base` (path prefix), derived from the environment
// so the same build works locally at "/" and on GitHub Pages at "/<repo>/".

export interface DeployTarget {
  site: string;
  base: string;
}

export interface DeployEnv {
  SITE_URL?: string;
  BASE_PATH?: string;
  GITHUB_REPOSITORY?: string;
  CUSTOM_DOMAIN?: string;
}

/** Normalizes a base path to the form "/" or "/segment/…/" (leading and trailing slash). */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function deployTarget(env: DeployEnv): DeployTarget {
  const explicitBase = env.BASE_PATH !== undefined && env.BASE_PATH !== '' ? normalizeBase(env.BASE_PATH) : undefined;
  if (env.CUSTOM_DOMAIN) {
    return { site: `https://${env.CUSTOM_DOMAIN.replace(/^https?:\/\//, '').replace(/\/+$/, '')}`, base: explicitBase ?? '/' };
  }
  if (env.GITHUB_REPOSITORY && !env.SITE_URL) {
    const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
    if (!owner || !repo) throw new Error(`GITHUB_REPOSITORY must look like "owner/repo", got "${env.GITHUB_REPOSITORY}"`);
    // A repository named <owner>.github.io is a user/organization site served from the root.
    const isUserSite = repo.toLowerCase() === `${owner.toLowerCase()}.github.io`;
    return {
      site: `https://${owner.toLowerCase()}.github.io`,
      base: explicitBase ?? (isUserSite ? '/' : `/${repo}/`),
    };
  }
  return { site: (env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, ''), base: explicitBase ?? '/' };
}

/**
 * Where a build writes: the site (OUT_DIR) and Astro's content cache (ASTRO_CACHE_DIR); tests build into
 * folders of their own. The Astro config and the finishing step both read it from here, so they agree.
 */
export function buildFolders(env: { OUT_DIR?: string; ASTRO_CACHE_DIR?: string }): { outDir: string; cacheDir: string } {
  return { outDir: env.OUT_DIR ?? './dist', cacheDir: env.ASTRO_CACHE_DIR ?? './node_modules/.astro' };
}
