staff-home-title = ሓደስቲ መጻእቲ ኣብቲ ፈተነ ፕሮጀክት
staff-home-count = { $count ->
    [one] { $count } ሰብ ፍቓድ ሂቡ።
   *[other] { $count } ሰባት ፍቓድ ሂቦም።
}
staff-home-profile-heading = ፕሮፋይል ስራሕኩም
