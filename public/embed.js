// Sizes iframes of VPC Lambda Before & After charts to their content: include once on a page
// that embeds them. Each chart posts {type:'vpc-lambda-embed', chart, height} when its height
// changes; charts that loaded before this script are asked again.
(function () {
  addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'vpc-lambda-embed' || !(data.height > 0)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.min(data.height, 10000) + 'px';
    }
  });
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: 'vpc-lambda-embed-request' }, '*');
  }
})();
