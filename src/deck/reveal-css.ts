/**
 * reveal.css carries every feature reveal.js has; the deck uses a few. This PostCSS plugin drops,
 * from reveal.css alone (which src/deck/present.ts imports `?inline`), the rules of the features
 * the deck never turns on (present.ts's settings), a third of reveal's stylesheet: the lightbox
 * for previewed links and images (its loading spinner alone is a 3 KB GIF), the scroll view
 * (scrollActivationWidth: 0), and the slide transitions other than `slide` and `none`. The help overlay, overview, fragments, controls,
 * progress, slide number, speaker notes and print rules all stay.
 */
const unused = [
  /\.r-overlay-(spinner|preview|external)\b/,
  /reveal-scroll|scroll-page|scrollbar/,
  /\.reveal\.(convex|concave|zoom|cube|page|fade)\b/,
  /transition=["']?(convex|concave|zoom|cube|page|fade)/,
];

interface Rule {
  selectors: string[];
  selector: string;
  remove(): void;
}
interface Root {
  source?: { input: { file?: string } };
  walkRules(callback: (rule: Rule) => void): void;
  walkAtRules(callback: (atRule: { nodes?: unknown[]; remove(): void; name: string }) => void): void;
}

export const trimRevealCss = {
  postcssPlugin: 'trim-reveal-css',
  Once(root: Root) {
    if (!/reveal\.js[/\\]dist[/\\]reveal\.css(\?|$)/.test(root.source?.input.file ?? '')) return;
    root.walkRules((rule) => {
      const kept = rule.selectors.filter((selector) => !unused.some((pattern) => pattern.test(selector)));
      if (kept.length === 0) rule.remove();
      else if (kept.length < rule.selectors.length) rule.selector = kept.join(',');
    });
    // A media query whose every rule went goes too.
    root.walkAtRules((atRule) => {
      if (atRule.name === 'media' && atRule.nodes?.length === 0) atRule.remove();
    });
  },
};
