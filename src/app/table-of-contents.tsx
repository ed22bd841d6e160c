import { guideSections } from '../content/guide.ts';

/** Every section of the guide, each a deep link (#anchor). */
export function TableOfContents() {
  return (
    <nav className="toc" aria-label="Table of contents">
      <h2 className="toc__title">Contents</h2>
      <ol>
        {guideSections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
