import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The parser of an entry's body: MDX syntax, as @astrojs/mdx reads it, with GFM. The content
 * check and the build's body renderer (render-body.ts) share it, so a body is read the same way
 * by both, and the build can render the very tree the check has just checked.
 */
export const mdxBodyParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
