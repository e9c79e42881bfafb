/**
 * Every chart's browser code, for a page whose charts arrive after it loaded: the deck, which
 * fetches its figures as the presenter nears them (src/deck/whole.ts). Importing this module
 * enhances the charts already in the page; each chart's own code still loads only when seen.
 */
import '../eni-capacity/client';
import '../eni-model/client';
import '../rdb-connections/client';
import '../replay/client';
