import { z } from 'astro/zod';

// Editors read these messages: zod's own texts (for the checks we do not word ourselves)
// come in Russian too. Configured once here, where every schema consumer imports from.
z.config(z.locales.ru());

export * from './cost.ts';
export * from './mechanism.ts';
export * from './partial-date.ts';
export * from './practice.ts';
export * from './programme.ts';
export * from './reference.ts';
export * from './source.ts';
export * from './taxonomy.ts';
export * from './glossary.ts';
export * from './thesaurus.ts';
