// How a TypeScript team uses the generated `Message` type; compiled by .ci/codegen.sh
// with `tsc --strict` against the types json-schema-to-typescript generates from
// schema/easemob-message.schema.json (`#/$defs/Message`). Every valid fixture is
// assigned to `Message` in the generated fixtures.ts beside this file.
//
// Each `@ts-expect-error` marks a typical mistake that must fail to compile: when
// the generated types stop catching it, tsc reports the unused directive.
import type { LocBody, Message } from "./easemob-message";

/** Narrowing on `type` gives each body its own type; `never` proves every type is handled. */
export function summary(message: Message): string {
  switch (message.type) {
    case "txt":
      return message.body.msg;
    case "img":
      return `${message.body.url} ${message.body.size?.width ?? "?"}x${message.body.size?.height ?? "?"}`;
    case "audio":
    case "file":
      return message.body.url;
    case "video":
      return `${message.body.url} (${message.body.length ?? 0} s)`;
    case "loc":
      return where(message.body);
    case "cmd":
      return message.body.action;
    case "custom":
      return message.body.customEvent ?? "";
    default: {
      const unhandled: never = message;
      return unhandled;
    }
  }
}

function where(body: LocBody): string {
  return `${body.addr} (${body.lat}, ${body.lng})`;
}

export const good: Message = { to: ["user2"], type: "loc", body: { lat: "39.966", lng: "116.322", addr: "Beijing" } };

// @ts-expect-error `lat` is a string on the wire, not a number.
export const latNumber: Message = { to: ["user2"], type: "loc", body: { lat: 39.966, lng: "116.322", addr: "Beijing" } };

// @ts-expect-error an image needs the `url` of the uploaded file.
export const missingUrl: Message = { to: ["user2"], type: "img", body: { filename: "a.jpg" } };

// @ts-expect-error a text body under `type: loc`.
export const txtBodyUnderLoc: Message = { to: ["user2"], type: "loc", body: { msg: "hello" } };

// @ts-expect-error a text message needs `msg`.
export const missingMsg: Message = { to: ["user2"], type: "txt", body: {} };

// @ts-expect-error `width` is an integer, not a string.
export const widthString: Message = { to: ["user2"], type: "img", body: { url: "https://h/x", size: { width: "480", height: 720 } } };

// @ts-expect-error `type` must be one of the eight message types.
export const unknownType: Message = { to: ["user2"], type: "text", body: { msg: "hello" } };

// @ts-expect-error `to` is required.
export const missingTo: Message = { type: "txt", body: { msg: "hello" } };
