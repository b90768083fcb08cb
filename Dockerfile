# The kg command in a small image, for docker-compose.yml.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/kg ./cmd/kg

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/kg /usr/local/bin/kg
COPY config.yaml /etc/kg/config.yaml
ENV KG_CONFIG=/etc/kg/config.yaml
ENTRYPOINT ["/usr/local/bin/kg"]
