/// The hub API's OpenAPI 3.1 document, served at `GET /api/v1/openapi.json`. Written by hand: when a route is added,
/// add it here too (a test checks that every registered `/api/v1` route is documented).
enum HubOpenAPI {
    static let json = #"""
        {
         "openapi": "3.1.0",
         "info": {
          "title": "Balans nationella hubb",
          "version": "1.0.0",
          "description": "Hubbens JSON-API för regioner och myndigheten. Hyresgästen kommer alltid från nyckeln (Authorization: Bearer), aldrig från anropets innehåll. Fel har formen {error, message} med ett svenskt meddelande: 404 för det som inte finns eller inte får ses, 403 för otillåten roll, 409 för inaktuell version, 422 för innehåll som måste rättas."
         },
         "servers": [
          {
           "url": "/api/v1"
          }
         ],
         "security": [
          {
           "bearer": []
          }
         ],
         "paths": {
          "/sync/{stream}/batches": {
           "post": {
            "summary": "Synk: en signerad batch från en regionnod (docs/sync-protocol.md)",
            "description": "Roller: region-node. Kräver Bearer-nyckel och Ed25519-signatur; svarar med kvitto per post.",
            "parameters": [{"name": "stream", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "Kvitto"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}
           }
          },
          "/sync/{stream}/changes": {
           "get": {
            "summary": "Synk: ändringar efter en markör (t.ex. nationella jämförelser)",
            "description": "Roller: region-node. Frågeparametrar after, epoch, limit.",
            "parameters": [{"name": "stream", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "Ändringsflöde"}, "401": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}
           }
          },
          "/sync/{stream}/cursor": {
           "get": {
            "summary": "Synk: hubbens markör för nodens ström",
            "description": "Roller: region-node.",
            "parameters": [{"name": "stream", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "Markör"}, "401": {"$ref": "#/components/responses/Error"}}
           }
          },
          "/whoami": {
           "get": {
            "summary": "Vem anropar (från nyckeln)",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/WhoAmI"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             }
            },
            "tags": [
             "Behörighet"
            ]
           }
          },
          "/credentials": {
           "get": {
            "summary": "Nycklar för den egna hyresgästen (alla för agency-admin)",
            "description": "Roller: agency-admin, region-user.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             }
            },
            "tags": [
             "Behörighet"
            ]
           },
           "post": {
            "summary": "Utfärda en nyckel (hemligheten visas en gång)",
            "description": "Roller: agency-admin.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "type": "object",
                "required": [
                 "tenant",
                 "role",
                 "label"
                ],
                "properties": {
                 "tenant": {
                  "type": "string"
                 },
                 "role": {
                  "type": "string"
                 },
                 "label": {
                  "type": "string"
                 },
                 "publicKey": {
                  "type": "string"
                 }
                }
               }
              }
             }
            },
            "tags": [
             "Behörighet"
            ]
           }
          },
          "/credentials/{id}/rotate": {
           "post": {
            "summary": "Rotera en nyckel",
            "description": "Roller: agency-admin, region-user.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "tags": [
             "Behörighet"
            ]
           }
          },
          "/credentials/{id}": {
           "delete": {
            "summary": "Återkalla en nyckel",
            "description": "Roller: agency-admin, region-user.",
            "responses": {
             "204": {
              "description": "Återkallad"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "tags": [
             "Behörighet"
            ]
           }
          },
          "/catalogue": {
           "get": {
            "summary": "Aktuell indikatorkatalog: version, hash och definitioner",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Catalogue"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             }
            },
            "tags": [
             "Indikatorer"
            ]
           },
           "post": {
            "summary": "Publicera en ny katalogversion (kontrolleras med checkSuccessor)",
            "description": "Roller: agency-admin.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Catalogue"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "type": "object",
                "required": [
                 "version",
                 "definitions"
                ],
                "properties": {
                 "version": {
                  "type": "integer"
                 },
                 "definitions": {
                  "type": "array",
                  "items": {
                   "type": "object"
                  }
                 }
                }
               }
              }
             }
            },
            "tags": [
             "Indikatorer"
            ]
           }
          },
          "/indicator-values": {
           "post": {
            "summary": "Skicka den egna regionens indikatorvärden; kvitto per rad",
            "description": "Roller: region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Receipt"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "413": {
              "$ref": "#/components/responses/Error"
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/IndicatorBatch"
               }
              }
             }
            },
            "tags": [
             "Indikatorer"
            ]
           }
          },
          "/comparisons": {
           "get": {
            "summary": "Nationell jämförelse för en indikator, grupp och period",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Comparison"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "indicator",
              "in": "query",
              "required": true,
              "description": "Indikator-id.",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "group",
              "in": "query",
              "required": false,
              "description": "Grupp (förval: första).",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "period",
              "in": "query",
              "required": false,
              "description": "2025-W07 eller 2025-03 (förval: senaste).",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "version",
              "in": "query",
              "required": false,
              "description": "Definitionsversion (förval: aktuell).",
              "schema": {
               "type": "integer"
              }
             }
            ],
            "tags": [
             "Jämförelser"
            ]
           }
          },
          "/comparisons/overview": {
           "get": {
            "summary": "Den egna regionens senaste värden mot rikets median",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Overview"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "group",
              "in": "query",
              "required": false,
              "description": "Bara en grupp.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "tags": [
             "Jämförelser"
            ]
           }
          },
          "/examples": {
           "get": {
            "summary": "Publicerade exempel, med fritextsökning",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExampleList"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "q",
              "in": "query",
              "required": false,
              "description": "Sökord (alla måste finnas; prefix).",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "theme",
              "in": "query",
              "required": false,
              "description": "Tema.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "tags": [
             "Lärande exempel"
            ]
           },
           "post": {
            "summary": "Skapa ett utkast",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "201": {
              "description": "Skapat",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Example"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "type": "object",
                "required": [
                 "content"
                ],
                "properties": {
                 "id": {
                  "type": "string"
                 },
                 "content": {
                  "$ref": "#/components/schemas/ExampleContent"
                 }
                }
               }
              }
             }
            },
            "tags": [
             "Lärande exempel"
            ]
           }
          },
          "/examples/mine": {
           "get": {
            "summary": "Regionens egna exempel, alla statusar",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExampleList"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             }
            },
            "tags": [
             "Lärande exempel"
            ]
           }
          },
          "/examples/review": {
           "get": {
            "summary": "Exempel som väntar på granskning",
            "description": "Roller: agency-curator, agency-admin.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExampleList"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             }
            },
            "tags": [
             "Lärande exempel"
            ]
           }
          },
          "/examples/{id}": {
           "get": {
            "summary": "Ett exempel, som anroparen får se det",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Example"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "tags": [
             "Lärande exempel"
            ]
           },
           "put": {
            "summary": "Ändra utkastet",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Example"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "type": "object",
                "required": [
                 "expectedVersion",
                 "content"
                ],
                "properties": {
                 "expectedVersion": {
                  "type": "integer"
                 },
                 "content": {
                  "$ref": "#/components/schemas/ExampleContent"
                 }
                }
               }
              }
             }
            },
            "tags": [
             "Lärande exempel"
            ]
           }
          },
          "/examples/{id}/submit": {
           "post": {
            "summary": "Skicka in för granskning",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Example"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Lärande exempel"
            ]
           }
          },
          "/examples/{id}/reopen": {
           "post": {
            "summary": "Öppna för en ny revision",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Example"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Lärande exempel"
            ]
           }
          },
          "/examples/{id}/comments": {
           "post": {
            "summary": "Kommentera",
            "description": "Roller: region-user, region-node, agency-curator, agency-admin.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Example"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Lärande exempel"
            ]
           }
          },
          "/examples/{id}/request-changes": {
           "post": {
            "summary": "Begär ändringar (kommentar krävs)",
            "description": "Roller: agency-curator, agency-admin.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Example"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Lärande exempel"
            ]
           }
          },
          "/examples/{id}/publish": {
           "post": {
            "summary": "Publicera senaste revisionen",
            "description": "Roller: agency-curator, agency-admin.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Example"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Lärande exempel"
            ]
           }
          },
          "/examples/{id}/reject": {
           "post": {
            "summary": "Avvisa (kommentar krävs)",
            "description": "Roller: agency-curator, agency-admin.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Example"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Lärande exempel"
            ]
           }
          },
          "/examples/{id}/attachments": {
           "post": {
            "summary": "Bifoga en fil till utkastet (rå kropp, högst 5 MiB)",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Example"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "413": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "name",
              "in": "query",
              "required": true,
              "description": "Filnamn.",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "expectedVersion",
              "in": "query",
              "required": true,
              "description": "Version.",
              "schema": {
               "type": "integer"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/octet-stream": {
               "schema": {
                "type": "string",
                "format": "binary"
               }
              }
             }
            },
            "tags": [
             "Lärande exempel"
            ]
           }
          },
          "/examples/{id}/attachments/{name}": {
           "get": {
            "summary": "Hämta en bilaga (alltid som nedladdning)",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "Filen",
              "content": {
               "application/octet-stream": {
                "schema": {
                 "type": "string",
                 "format": "binary"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "name",
              "in": "path",
              "required": true,
              "description": "Filnamn.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "tags": [
             "Lärande exempel"
            ]
           },
           "delete": {
            "summary": "Ta bort en bilaga från utkastet",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Example"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "name",
              "in": "path",
              "required": true,
              "description": "Filnamn.",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "expectedVersion",
              "in": "query",
              "required": true,
              "description": "Version.",
              "schema": {
               "type": "integer"
              }
             }
            ],
            "tags": [
             "Lärande exempel"
            ]
           }
          },
          "/meetings": {
           "get": {
            "summary": "Nätverksträffar",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object",
                 "properties": {
                  "meetings": {
                   "type": "array",
                   "items": {
                    "$ref": "#/components/schemas/Meeting"
                   }
                  }
                 }
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             }
            },
            "tags": [
             "Lärande exempel"
            ]
           },
           "post": {
            "summary": "Registrera en nätverksträff",
            "description": "Roller: agency-curator, agency-admin.",
            "responses": {
             "201": {
              "description": "Registrerad",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "type": "object",
                "required": [
                 "date",
                 "title",
                 "themes"
                ],
                "properties": {
                 "id": {
                  "type": "string"
                 },
                 "date": {
                  "type": "string",
                  "format": "date"
                 },
                 "title": {
                  "type": "string"
                 },
                 "themes": {
                  "type": "array",
                  "items": {
                   "type": "string"
                  }
                 },
                 "notes": {
                  "type": "string"
                 }
                }
               }
              }
             }
            },
            "tags": [
             "Lärande exempel"
            ]
           }
          },
          "/exchange/requests": {
           "get": {
            "summary": "Förfrågningar inom räckvidd",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           },
           "post": {
            "summary": "Publicera en förfrågan",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "201": {
              "description": "Skapad",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExchangeCommandResult"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/PostRequest"
               }
              }
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/offers": {
           "get": {
            "summary": "Erbjudanden inom räckvidd",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           },
           "post": {
            "summary": "Publicera ett erbjudande",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "201": {
              "description": "Skapad",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExchangeCommandResult"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/PostOffer"
               }
              }
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/proposals": {
           "get": {
            "summary": "Förslag man lämnat eller fått",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           },
           "post": {
            "summary": "Svara på en förfrågan eller ett erbjudande",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "201": {
              "description": "Skapad",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExchangeCommandResult"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/Propose"
               }
              }
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/agreements": {
           "get": {
            "summary": "Överenskommelser man är part i (alla för myndigheten), med uppföljning",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/agreements/{id}": {
           "get": {
            "summary": "En överenskommelse med uppföljning",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Agreement"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/requests/{id}/matches": {
           "get": {
            "summary": "Rangordnade erbjudanden för en förfrågan",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/offers/{id}/matches": {
           "get": {
            "summary": "Rangordnade förfrågningar för ett erbjudande",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/requests/{id}/withdraw": {
           "post": {
            "summary": "Återkalla en förfrågan",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExchangeCommandResult"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/requests/{id}/close": {
           "post": {
            "summary": "Stäng en förfrågan",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExchangeCommandResult"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/offers/{id}/withdraw": {
           "post": {
            "summary": "Återkalla ett erbjudande",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExchangeCommandResult"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/offers/{id}/close": {
           "post": {
            "summary": "Stäng ett erbjudande",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExchangeCommandResult"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/proposals/{id}/accept": {
           "post": {
            "summary": "Acceptera ett förslag (skapar överenskommelse)",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExchangeCommandResult"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/proposals/{id}/decline": {
           "post": {
            "summary": "Avböj ett förslag (skäl krävs)",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExchangeCommandResult"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/proposals/{id}/withdraw": {
           "post": {
            "summary": "Återkalla ett förslag",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExchangeCommandResult"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/agreements/{id}/complete": {
           "post": {
            "summary": "Avsluta en överenskommelse",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExchangeCommandResult"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/agreements/{id}/cancel": {
           "post": {
            "summary": "Avbryt en överenskommelse (skäl krävs)",
            "description": "Roller: region-user, region-node, agency-curator, agency-admin.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExchangeCommandResult"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/VersionedCommand"
               }
              }
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/offers/{id}/accept": {
           "post": {
            "summary": "Ta hela eller delar av ett erbjudande (skapar överenskommelse)",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExchangeCommandResult"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/AcceptOffer"
               }
              }
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/exchange/agreements/{id}/deliveries": {
           "post": {
            "summary": "Rapportera levererad volym för en vecka",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ExchangeCommandResult"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "404": {
              "$ref": "#/components/responses/Error"
             },
             "409": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "Id.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/Delivery"
               }
              }
             }
            },
            "tags": [
             "Kapacitetsutbyte"
            ]
           }
          },
          "/self-assessment": {
           "post": {
            "summary": "Skicka in regionens svar",
            "description": "Roller: region-user, region-node.",
            "responses": {
             "201": {
              "description": "Sparad",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Error"
             },
             "401": {
              "$ref": "#/components/responses/Error"
             },
             "403": {
              "$ref": "#/components/responses/Error"
             },
             "422": {
              "$ref": "#/components/responses/Error"
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "type": "object"
               }
              }
             }
            },
            "tags": [
             "Självskattning"
            ]
           },
           "get": {
            "summary": "Den egna regionens svar (aldrig andras)",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             }
            },
            "tags": [
             "Självskattning"
            ]
           }
          },
          "/self-assessment/national": {
           "get": {
            "summary": "Anonym nationell fördelning per område och egna svar",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "401": {
              "$ref": "#/components/responses/Error"
             }
            },
            "tags": [
             "Självskattning"
            ]
           }
          },
          "/openapi.json": {
           "get": {
            "summary": "Detta dokument",
            "description": "Roller: alla inloggade.",
            "responses": {
             "200": {
              "description": "OpenAPI 3.1",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             }
            },
            "tags": [
             "Dokumentation"
            ]
           }
          }
         },
         "components": {
          "securitySchemes": {
           "bearer": {
            "type": "http",
            "scheme": "bearer"
           }
          },
          "responses": {
           "Error": {
            "description": "Fel med kod och svenskt meddelande",
            "content": {
             "application/json": {
              "schema": {
               "$ref": "#/components/schemas/Error"
              }
             }
            }
           }
          },
          "schemas": {
           "WhoAmI": {
            "type": "object",
            "properties": {
             "tenant": {
              "type": "string"
             },
             "tenantName": {
              "type": "string"
             },
             "role": {
              "type": "string"
             },
             "actor": {
              "type": "string"
             }
            }
           },
           "Catalogue": {
            "type": "object",
            "required": [
             "version",
             "contentHash",
             "definitions"
            ],
            "properties": {
             "version": {
              "type": "integer"
             },
             "contentHash": {
              "type": "string"
             },
             "publishedAt": {
              "type": "string",
              "format": "date-time"
             },
             "definitions": {
              "type": "array",
              "items": {
               "type": "object"
              }
             }
            }
           },
           "IndicatorValue": {
            "type": "object",
            "required": [
             "regionCode",
             "indicatorID",
             "definitionVersion",
             "group",
             "period",
             "suppressed"
            ],
            "properties": {
             "regionCode": {
              "type": "string",
              "description": "Måste vara nyckelns region."
             },
             "indicatorID": {
              "type": "string"
             },
             "definitionVersion": {
              "type": "integer"
             },
             "group": {
              "type": "string"
             },
             "period": {
              "type": "string",
              "examples": [
               "2025-W07",
               "2025-03"
              ]
             },
             "numerator": {
              "type": [
               "number",
               "null"
              ]
             },
             "denominator": {
              "type": [
               "number",
               "null"
              ]
             },
             "suppressed": {
              "type": "boolean"
             }
            }
           },
           "IndicatorBatch": {
            "type": "object",
            "required": [
             "values"
            ],
            "properties": {
             "values": {
              "type": "array",
              "maxItems": 50000,
              "items": {
               "$ref": "#/components/schemas/IndicatorValue"
              }
             }
            }
           },
           "Receipt": {
            "type": "object",
            "properties": {
             "receivedAt": {
              "type": "string",
              "format": "date-time"
             },
             "imported": {
              "type": "integer"
             },
             "updated": {
              "type": "integer"
             },
             "ignored": {
              "type": "integer"
             },
             "rejected": {
              "type": "integer"
             },
             "items": {
              "type": "array",
              "items": {
               "type": "object",
               "properties": {
                "index": {
                 "type": "integer"
                },
                "key": {
                 "type": "string"
                },
                "status": {
                 "enum": [
                  "imported",
                  "updated",
                  "ignored",
                  "rejected"
                 ]
                },
                "reason": {
                 "enum": [
                  "tenant_mismatch",
                  "unknown_indicator",
                  "unknown_definition_version",
                  "unknown_period",
                  "period_type_not_defined",
                  "invalid_group",
                  "invalid_value",
                  "small_cell",
                  "person_identifier",
                  "batch_refused"
                 ]
                },
                "message": {
                 "type": "string"
                }
               }
              }
             }
            }
           },
           "Comparison": {
            "type": "object",
            "properties": {
             "indicator": {
              "type": "object"
             },
             "group": {
              "type": "string"
             },
             "period": {
              "type": "string"
             },
             "national": {
              "type": [
               "object",
               "null"
              ]
             },
             "nationalSuppressed": {
              "type": "boolean"
             },
             "median": {
              "type": [
               "number",
               "null"
              ]
             },
             "lowerQuartile": {
              "type": [
               "number",
               "null"
              ]
             },
             "upperQuartile": {
              "type": [
               "number",
               "null"
              ]
             },
             "own": {
              "type": [
               "object",
               "null"
              ]
             },
             "regions": {
              "type": "array",
              "items": {
               "type": "object",
               "properties": {
                "code": {
                 "type": "string"
                },
                "name": {
                 "type": "string"
                },
                "status": {
                 "enum": [
                  "reported",
                  "suppressed",
                  "not_available"
                 ]
                },
                "value": {
                 "type": [
                  "number",
                  "null"
                 ]
                },
                "rank": {
                 "type": [
                  "integer",
                  "null"
                 ]
                },
                "trend": {
                 "type": "object"
                }
               }
              }
             },
             "protection": {
              "type": "string"
             }
            }
           },
           "Overview": {
            "type": "object",
            "properties": {
             "region": {
              "type": "string"
             },
             "lines": {
              "type": "array",
              "items": {
               "type": "object"
              }
             }
            }
           },
           "ExampleContent": {
            "type": "object",
            "required": [
             "title",
             "theme",
             "level"
            ],
            "properties": {
             "title": {
              "type": "string"
             },
             "theme": {
              "enum": [
               "introducingSteering",
               "dataAndLaw",
               "realisticPlanning",
               "capacityDefinition",
               "itSupport"
              ]
             },
             "level": {
              "enum": [
               "strategic",
               "tactical",
               "operational"
              ]
             },
             "problem": {
              "type": "string"
             },
             "whatWasDone": {
              "type": "string"
             },
             "results": {
              "type": "string"
             },
             "indicatorIDs": {
              "type": "array",
              "items": {
               "type": "string"
              }
             },
             "contactRole": {
              "type": "string"
             },
             "attachments": {
              "type": "array",
              "items": {
               "type": "object"
              }
             }
            }
           },
           "Example": {
            "type": "object",
            "properties": {
             "id": {
              "type": "string"
             },
             "owner": {
              "type": "string"
             },
             "ownerName": {
              "type": "string"
             },
             "status": {
              "type": [
               "string",
               "null"
              ]
             },
             "version": {
              "type": [
               "integer",
               "null"
              ]
             },
             "publishedRevision": {
              "type": [
               "integer",
               "null"
              ]
             },
             "content": {
              "$ref": "#/components/schemas/ExampleContent"
             },
             "comments": {
              "type": "array",
              "items": {
               "type": "object"
              }
             }
            }
           },
           "ExampleList": {
            "type": "object",
            "properties": {
             "examples": {
              "type": "array",
              "items": {
               "type": "object"
              }
             }
            }
           },
           "Meeting": {
            "type": "object"
           },
           "VersionedCommand": {
            "type": "object",
            "required": [
             "expectedVersion"
            ],
            "properties": {
             "expectedVersion": {
              "type": "integer",
              "description": "Versionen anroparen såg; annars 409."
             },
             "comment": {
              "type": "string"
             },
             "agreement": {
              "type": "string",
              "description": "Id för en ny överenskommelse (valfritt)."
             }
            }
           },
           "PostRequest": {
            "type": "object",
            "required": [
             "group",
             "volume",
             "period",
             "radius"
            ],
            "properties": {
             "id": {
              "type": "string"
             },
             "group": {
              "type": "object",
              "required": [
               "specialty"
              ],
              "properties": {
               "specialty": {
                "type": "string"
               },
               "planningObjectGroup": {
                "type": "string"
               }
              }
             },
             "volume": {
              "type": "object",
              "required": [
               "count",
               "unit"
              ],
              "properties": {
               "count": {
                "type": "integer"
               },
               "unit": {
                "enum": [
                 "visits",
                 "operations",
                 "bedDays"
                ]
               }
              }
             },
             "period": {
              "type": "object",
              "required": [
               "first",
               "last"
              ],
              "properties": {
               "first": {
                "type": "string"
               },
               "last": {
                "type": "string"
               }
              }
             },
             "priority": {
              "enum": [
               "high",
               "normal",
               "low"
              ]
             },
             "radius": {
              "enum": [
               "neighbours",
               "healthcareRegion",
               "national"
              ]
             },
             "conditions": {
              "type": "string"
             }
            }
           },
           "PostOffer": {
            "type": "object",
            "required": [
             "group",
             "volume",
             "period"
            ],
            "properties": {
             "id": {
              "type": "string"
             },
             "group": {
              "type": "object",
              "required": [
               "specialty"
              ],
              "properties": {
               "specialty": {
                "type": "string"
               },
               "planningObjectGroup": {
                "type": "string"
               }
              }
             },
             "volume": {
              "type": "object",
              "required": [
               "count",
               "unit"
              ],
              "properties": {
               "count": {
                "type": "integer"
               },
               "unit": {
                "enum": [
                 "visits",
                 "operations",
                 "bedDays"
                ]
               }
              }
             },
             "period": {
              "type": "object",
              "required": [
               "first",
               "last"
              ],
              "properties": {
               "first": {
                "type": "string"
               },
               "last": {
                "type": "string"
               }
              }
             },
             "radius": {
              "enum": [
               "neighbours",
               "healthcareRegion",
               "national"
              ]
             },
             "conditions": {
              "type": "string"
             }
            }
           },
           "Propose": {
            "type": "object",
            "required": [
             "target",
             "count",
             "period"
            ],
            "properties": {
             "id": {
              "type": "string"
             },
             "target": {
              "type": "object",
              "required": [
               "kind",
               "id"
              ],
              "properties": {
               "kind": {
                "enum": [
                 "request",
                 "offer"
                ]
               },
               "id": {
                "type": "string"
               }
              }
             },
             "linked": {
              "type": "string"
             },
             "count": {
              "type": "integer"
             },
             "period": {
              "type": "object",
              "required": [
               "first",
               "last"
              ],
              "properties": {
               "first": {
                "type": "string"
               },
               "last": {
                "type": "string"
               }
              }
             },
             "conditions": {
              "type": "string"
             }
            }
           },
           "AcceptOffer": {
            "type": "object",
            "required": [
             "expectedVersion",
             "count"
            ],
            "properties": {
             "expectedVersion": {
              "type": "integer"
             },
             "count": {
              "type": "integer"
             },
             "period": {
              "type": "object",
              "required": [
               "first",
               "last"
              ],
              "properties": {
               "first": {
                "type": "string"
               },
               "last": {
                "type": "string"
               }
              }
             },
             "request": {
              "type": "string"
             },
             "agreement": {
              "type": "string"
             },
             "comment": {
              "type": "string"
             }
            }
           },
           "Delivery": {
            "type": "object",
            "required": [
             "expectedVersion",
             "week",
             "count"
            ],
            "properties": {
             "expectedVersion": {
              "type": "integer"
             },
             "week": {
              "type": "string"
             },
             "count": {
              "type": "integer"
             },
             "comment": {
              "type": "string"
             }
            }
           },
           "Agreement": {
            "type": "object",
            "properties": {
             "agreement": {
              "type": "object"
             },
             "followUp": {
              "type": "object"
             }
            }
           },
           "ExchangeCommandResult": {
            "type": "object",
            "properties": {
             "request": {
              "type": "object"
             },
             "offer": {
              "type": "object"
             },
             "proposal": {
              "type": "object"
             },
             "agreement": {
              "$ref": "#/components/schemas/Agreement"
             },
             "effects": {
              "type": "array",
              "items": {
               "type": "string"
              }
             }
            }
           },
           "Error": {
            "type": "object",
            "required": [
             "error",
             "message"
            ],
            "properties": {
             "error": {
              "type": "string"
             },
             "message": {
              "type": "string"
             },
             "details": {
              "type": "array",
              "items": {
               "type": "string"
              }
             }
            }
           }
          }
         }
        }
        """#
}
