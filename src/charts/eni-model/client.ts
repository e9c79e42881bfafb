/** Enhances this chart wherever a page drew it, once it comes into view (the page's script, and the deck's when its figures arrive). */
import { enhanceWhenVisible } from '../runtime/lazy';

enhanceWhenVisible('[data-eni-model]', (figure) => import('./enhance').then(({ enhanceEniModel }) => enhanceEniModel(figure)));
