/** The tooltips of the keyboard and screen-reader controls: the inspector's connections, the layer list and the announcer. */
export const ACCESS_TIPS = {
  connectTo:
    'Pick a layer this node may feed (only those the connection rules allow are listed), then press Connect. ' +
    'On the canvas, C on a focused node does the same.',
  connectApply: 'Draw the connection from this node to the layer picked beside it (one undo step).',
  disconnect: 'Remove this connection (one undo step; Ctrl+Z brings it back).',
  layerList: 'Show the network as a list of layers in order, with each output shape and parameter count.',
};
