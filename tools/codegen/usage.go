// How a Go team uses the `Message` that quicktype generates from
// `#/$defs/Message` (the README's example); .ci/codegen.sh builds it when Go is installed.
package main

import (
	"encoding/json"
	"fmt"

	"example.invalid/codegen/easemob"
)

func summary(data []byte) error {
	var m easemob.Message
	if err := json.Unmarshal(data, &m); err != nil {
		return err // a wrongly typed member: "lat": 39.9 is not a string
	}
	switch m.Type {
	case easemob.LOC:
		fmt.Println(*m.Body.Lat, *m.Body.Lng, *m.Body.Addr)
	case easemob.Txt:
		fmt.Println(*m.Body.Msg)
	}
	return nil
}

func main() {
	fmt.Println(summary([]byte(`{"to":["u"],"type":"loc","body":{"lat":"39.966","lng":"116.322","addr":"Beijing"}}`)))
	fmt.Println(summary([]byte(`{"to":["u"],"type":"loc","body":{"lat":39.966,"lng":"116.322","addr":"Beijing"}}`)))
}
