// Page ids (slugs) come from file names. Two files that would publish at one URL, or a file name
// that is not a clean slug, fail the build with both files named.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function createIdGenerator(folder: string) {
  const seen = new Map<string, string>();
  return ({ entry }: { entry: string }): string => {
    const id = entry.replace(/\.(md|mdx)$/, '');
    if (!SLUG.test(id)) {
      throw new Error(`${folder}/${entry}: file name "${id}" is not a valid slug (lowercase letters, digits and single hyphens)`);
    }
    const previous = seen.get(id);
    if (previous !== undefined && previous !== entry) {
      throw new Error(`${folder}/${entry}: duplicate slug "${id}", also used by ${folder}/${previous}`);
    }
    seen.set(id, entry);
    return id;
  };
}
