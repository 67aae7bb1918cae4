// Whether the map canvas really drew: the share of clearly coloured pixels in a screenshot of the map. The
// basemap background and the HTML labels are greys, so a blank canvas scores near zero.

/** Decodes the PNG in the page itself (no image library needed) and returns the coloured share, 0..1. */
export async function colouredShare(page, png) {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i], g = data[i + 1], b = data[i + 2];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured += 1;
    }
    return coloured / (data.length / 4);
  }, png.toString('base64'));
}
